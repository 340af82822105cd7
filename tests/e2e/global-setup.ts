import fs from "node:fs";
import path from "node:path";
import { startSmtpPeer } from "../helpers/smtp-peer";

/**
 * The browser tests' mail server: an SMTP listener on E2E_SMTP_PORT (the server's SMTP_URL
 * points at it, playwright.config.ts) that writes every message it accepts as one JSON
 * file into E2E_MAIL_SPOOL, where waitForMail (mail-spool.ts) reads it. Playwright starts
 * the web server before this, which is harmless: nothing is queued before a test runs.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const spool = process.env.E2E_MAIL_SPOOL!;
  fs.mkdirSync(spool, { recursive: true });
  let sequence = 0;
  const peer = await startSmtpPeer({
    port: Number(process.env.E2E_SMTP_PORT),
    onMessage: (mail) => {
      const name = `${Date.now()}-${String(++sequence).padStart(5, "0")}.json`;
      const { to, from, subject, text, html, headers } = mail;
      fs.writeFileSync(
        path.join(spool, `${name}.tmp`),
        JSON.stringify({ to, from, subject, text, html, headers, receivedAt: mail.receivedAt }),
      );
      // Renamed when complete, so a reader never sees half a file.
      fs.renameSync(path.join(spool, `${name}.tmp`), path.join(spool, name));
    },
  });
  return () => peer.stop();
}
