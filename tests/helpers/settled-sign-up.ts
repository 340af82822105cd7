import { and, eq } from "drizzle-orm";
import { POST as verifyEmailRoute } from "../../src/app/api/auth/verify-email/route";
import { privileged } from "../../src/server/db/privileged";
import { mail_outbox } from "../../src/server/db/schema";
import { signUp } from "./accounts";
import { call } from "./http";

/**
 * An educator who has signed up through the real endpoint and confirmed their email with the
 * mailed link (so Kajabi credit reaches them); the sign-up's verification mail is then taken
 * out of the outbox, so a test about other mail sees only the messages it causes.
 */
export async function signUpSettled(name?: string, email?: string) {
  const account = await signUp(name, email);
  const accountMail = and(
    eq(mail_outbox.to_address, account.user.email),
    eq(mail_outbox.category, "account"),
  );
  const [mail] = await privileged({ system: "test-settle-mail" }, (tx) =>
    tx.select({ text: mail_outbox.text_body }).from(mail_outbox).where(accountMail),
  );
  const token = mail?.text.match(/verify-email\?token=([\w-]+)/)?.[1];
  if (!token) throw new Error(`no verification mail to ${account.user.email}`);
  const verified = await call(verifyEmailRoute, "POST", "/api/auth/verify-email", {
    body: { token },
  });
  if (verified.status !== 200) throw new Error(`verification failed: ${verified.status}`);
  await privileged({ system: "test-settle-mail" }, (tx) =>
    tx.delete(mail_outbox).where(accountMail),
  );
  return account;
}
