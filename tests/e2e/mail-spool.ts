import fs from "node:fs";
import path from "node:path";

export interface SpooledMail {
  to: string;
  from: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  receivedAt: string;
}

/** Every message the browser tests' SMTP listener accepted so far (global-setup.ts), oldest first. */
export function spooledMail(): SpooledMail[] {
  const spool = process.env.E2E_MAIL_SPOOL!;
  if (!fs.existsSync(spool)) return [];
  return fs
    .readdirSync(spool)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(spool, name), "utf8")) as SpooledMail);
}

/**
 * Waits for a message to `to` (and matching `where`, when given) to reach the listener: the
 * app's outbox worker polls every second, so this usually takes one or two.
 */
export async function waitForMail(
  to: string,
  options: { where?: (mail: SpooledMail) => boolean; timeoutMs?: number } = {},
): Promise<SpooledMail> {
  const until = Date.now() + (options.timeoutMs ?? 20_000);
  for (;;) {
    const found = spooledMail().find(
      (mail) => mail.to === to.toLowerCase() && (options.where?.(mail) ?? true),
    );
    if (found) return found;
    if (Date.now() > until) throw new Error(`no mail to ${to} within the time allowed`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The first link in a plain-text mail that starts with `prefix`. */
export function linkIn(mail: SpooledMail, prefix: string): string {
  const link = mail.text.split(/\s+/).find((word) => word.startsWith(prefix));
  if (!link) throw new Error(`no link starting ${prefix} in “${mail.subject}”`);
  return link;
}
