import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { getEnv } from "../env";

const cache = new Map<string, Transporter>();

/**
 * A pooled nodemailer transport for an SMTP URL (smtp:// or smtps://, credentials in the
 * URL, e.g. smtps://user:pass@smtp.example.org:465), one per URL and process. Timeouts stay
 * well inside the worker's claim lease (sendDueMail), so a hung server never lets another
 * instance send the same message while this one still waits.
 */
export function smtpTransport(url: string): Transporter {
  let transport = cache.get(url);
  if (!transport) {
    transport = nodemailer.createTransport({
      url,
      pool: true,
      maxConnections: 4,
      connectionTimeout: 20_000,
      greetingTimeout: 20_000,
      socketTimeout: 60_000,
    } as Parameters<typeof nodemailer.createTransport>[0]);
    cache.set(url, transport);
  }
  return transport;
}

/** The configured transport, or null without SMTP_URL (messages then wait in the outbox). */
export function configuredTransport(): Transporter | null {
  const url = getEnv().SMTP_URL;
  return url ? smtpTransport(url) : null;
}

/** Closes every pooled connection (tests and graceful shutdown). */
export function closeSmtpTransports(): void {
  for (const transport of cache.values()) transport.close();
  cache.clear();
}
