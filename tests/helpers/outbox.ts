/**
 * Reads queued mails straight from the outbox (until the mail worker lands and the tests
 * read them from the SMTP peer instead): the latest message to an address, with the first
 * link of its plain-text body, and following a verification link through the real API.
 */
import { desc, eq } from "drizzle-orm";
import { POST as verifyEmailRoute } from "../../src/app/api/auth/verify-email/route";
import { privileged } from "../../src/server/db/privileged";
import { mail_outbox } from "../../src/server/db/schema";
import type { Database } from "../../src/server/db/types";
import { call } from "./http";

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
