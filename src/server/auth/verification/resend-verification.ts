import "server-only";
import { and, eq, gt, sql } from "drizzle-orm";
import { privileged } from "../../db/privileged";
import { account_settings, account_tokens } from "../../db/schema";
import { AppError } from "../../errors";
import type { Locale } from "@/i18n/locales";
import type { UserRow } from "../../users/user-dto";
import { queueVerificationMail } from "./queue-verification-mail";

/** At most one new link a minute… */
export const RESEND_GAP_SECONDS = 60;
/** …and this many an hour (the sign-up's own link included). */
export const RESEND_PER_HOUR = 5;

/**
 * Mails a fresh verification link to the signed-in person (earlier links stay valid
 * until they expire). Limited per account by the links already issued, which the
 * tokens table records anyway: one a minute, five an hour (429 with Retry-After).
 * 409 when the email is already verified. A per-user lock counts parallel requests
 * one after another.
 */
export async function resendVerification(user: UserRow, locale?: Locale): Promise<void> {
  await privileged({ system: "verify-email" }, async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`leaps.verify:${user.id}`}))`);
    const [settings] = await tx
      .select({ at: account_settings.email_verified_at })
      .from(account_settings)
      .where(eq(account_settings.user_id, user.id));
    if (settings?.at) throw new AppError("CONFLICT", "errors.auth.alreadyVerified");
    const hourAgo = new Date(Date.now() - 3600_000);
    const recent = await tx
      .select({ created: account_tokens.created_at })
      .from(account_tokens)
      .where(
        and(
          eq(account_tokens.user_id, user.id),
          eq(account_tokens.purpose, "verify-email"),
          gt(account_tokens.created_at, hourAgo),
        ),
      );
    const times = recent.map((row) => row.created.getTime()).sort((a, b) => b - a);
    const sinceLatest = times.length > 0 ? (Date.now() - times[0]!) / 1000 : Infinity;
    let wait = 0;
    if (sinceLatest < RESEND_GAP_SECONDS) wait = Math.ceil(RESEND_GAP_SECONDS - sinceLatest);
    if (times.length >= RESEND_PER_HOUR) {
      const oldest = times[RESEND_PER_HOUR - 1]!;
      wait = Math.max(wait, Math.ceil((oldest + 3600_000 - Date.now()) / 1000));
    }
    if (wait > 0) {
      const minutes = Math.ceil(wait / 60);
      throw new AppError("RATE_LIMITED", "errors.auth.verificationRecent", {
        values: { minutes },
        retryAfter: wait,
      });
    }
    await queueVerificationMail(tx, user, locale);
  });
}
