import "server-only";
import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Locale } from "@/i18n/locales";
import { privileged } from "../../db/privileged";
import { credentials, users } from "../../db/schema";
import { mailContextBase } from "../../mail/mail-context";
import { enqueueMail } from "../../mail/enqueue-mail";
import { passwordResetTemplate } from "../../mail/templates/password-reset";
import { emailField } from "../../users/user-fields";
import { hashSessionToken } from "../create-session";
import { accountMailRecipient } from "../tokens/account-mail-recipient";
import { issueAccountToken } from "../tokens/issue-account-token";
import { limitPasswordResets } from "./limit-password-resets";

export const passwordResetInput = z.object({ email: emailField });

/** A reset link lives one hour (docs/product.md §2). */
export const PASSWORD_RESET_TTL_SECONDS = 3600;
/** No answer comes sooner than this after the request, account or not. */
export const RESET_ANSWER_MS = 400;

/**
 * Mails a password-reset link to a local account with this email; for any other email
 * nothing is queued. The caller answers 202 either way, and the two cases look alike
 * from outside (docs/product.md §2, no account enumeration): both are counted by the same
 * rate limits, both generate and hash a token and render the mail, and the answer is
 * held until RESET_ANSWER_MS after the request, which covers the remaining difference
 * (two small inserts) and the database's noise. The mail speaks the account's saved
 * language, else the request's (`locale`).
 */
export async function requestPasswordReset(
  email: string,
  ip: string,
  locale: Locale,
): Promise<void> {
  const started = performance.now();
  try {
    await privileged({ system: "password-reset" }, async (tx) => {
      await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`leaps.reset:${ip}`}))`);
      await limitPasswordResets(tx, email, ip);
    });
    await privileged({ system: "password-reset" }, async (tx) => {
      const [account] = await tx
        .select({ user: users })
        .from(users)
        .innerJoin(credentials, eq(credentials.user_id, users.id))
        .where(eq(users.email, email));
      if (!account) {
        // The same work as for an account, without writing: a token, its hash, the mail.
        const decoy = randomBytes(32).toString("base64url");
        hashSessionToken(decoy);
        passwordResetTemplate.render(
          { name: email, token: decoy },
          { ...mailContextBase(), locale },
        );
        return;
      }
      const token = await issueAccountToken(tx, {
        userId: account.user.id,
        email: account.user.email,
        purpose: "password-reset",
        ttlSeconds: PASSWORD_RESET_TTL_SECONDS,
      });
      await enqueueMail(
        tx,
        passwordResetTemplate,
        { name: account.user.name, token },
        await accountMailRecipient(tx, account.user, locale),
      );
    });
  } finally {
    const left = RESET_ANSWER_MS - (performance.now() - started);
    if (left > 0) await sleep(left);
  }
}
