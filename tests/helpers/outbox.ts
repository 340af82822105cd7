/**
 * The mails a test caused: read straight from the outbox (the latest message to an address,
 * with the first link of its plain-text body), or delivered over real SMTP by the worker's
 * own function to the test's SMTP peer and parsed as a mail server receives them
 * (deliveredMailTo); and following a verification link through the real API.
 */
import { desc, eq } from "drizzle-orm";
import { expect } from "vitest";
import { POST as verifyEmailRoute } from "../../src/app/api/auth/verify-email/route";
import { privileged } from "../../src/server/db/privileged";
import { mail_outbox } from "../../src/server/db/schema";
import { sendDueMail } from "../../src/server/mail/send-due-mail";
import type { Database } from "../../src/server/db/types";
import { call } from "./http";
import type { ReceivedMail, SmtpPeer } from "./smtp-peer";

export interface QueuedMail {
  template: string;
  category: string;
  locale: string;
  subject: string;
  text: string;
  html: string;
  /** The first http(s) link of the plain-text body. */
  link: string | undefined;
}

/** The newest message queued to `email`, or undefined. `db` is the test's database. */
export async function latestMailTo(db: Database, email: string): Promise<QueuedMail | undefined> {
  void db; // the app's database is the test's (setupTestDatabase installs it)
  const [row] = await privileged({ system: "test-outbox" }, (tx) =>
    tx
      .select()
      .from(mail_outbox)
      .where(eq(mail_outbox.to_address, email.toLowerCase()))
      .orderBy(desc(mail_outbox.created_at), desc(mail_outbox.id))
      .limit(1),
  );
  if (!row) return undefined;
  return {
    template: row.template,
    category: row.category,
    locale: row.locale,
    subject: row.subject,
    text: row.text_body,
    html: row.html_body,
    link: /https?:\/\/\S+/.exec(row.text_body)?.[0],
  };
}

/** How many messages were queued to `email`. */
export async function mailCountTo(email: string): Promise<number> {
  const rows = await privileged({ system: "test-outbox" }, (tx) =>
    tx
      .select({ id: mail_outbox.id })
      .from(mail_outbox)
      .where(eq(mail_outbox.to_address, email.toLowerCase())),
  );
  return rows.length;
}

/** The `token` query parameter of a mailed link. */
export function tokenOf(link: string | undefined): string {
  const token = link ? new URL(link).searchParams.get("token") : null;
  if (!token) throw new Error(`no token in the link ${link}`);
  return token;
}

/** Opens the latest verification link mailed to `email` through POST /api/auth/verify-email. */
export async function verifyByMail(db: Database, email: string) {
  const mail = await latestMailTo(db, email);
  if (mail?.template !== "verify-email") throw new Error(`no verification mail to ${email}`);
  return call(verifyEmailRoute, "POST", "/api/auth/verify-email", {
    body: { token: tokenOf(mail.link) },
  });
}

/**
 * Runs the outbox worker's pass (sendDueMail, over SMTP_URL, which the test points at
 * `peer`) until the peer has received a message to `email` whose subject matches, and
 * returns it with the first http(s) link of its parsed plain-text body. Other tests' due
 * mail goes out on the way; a pass that claims nothing while ours has not arrived fails.
 */
export async function deliveredMailTo(
  peer: SmtpPeer,
  email: string,
  subject: RegExp,
): Promise<ReceivedMail & { link: string | undefined }> {
  const matches = (mail: ReceivedMail) =>
    mail.to === email.toLowerCase() && subject.test(mail.subject);
  for (let pass = 0; pass < 50 && !peer.messages.some(matches); pass++) {
    const outcome = await sendDueMail();
    if (outcome.claimed === 0) break;
    expect(outcome.sent, "every claimed message was accepted by the SMTP peer").toBe(
      outcome.claimed,
    );
  }
  const mail = await peer.waitFor(matches, 5_000);
  return { ...mail, link: /https?:\/\/\S+/.exec(mail.text)?.[0] };
}
