import "server-only";
import type { Locale } from "@/i18n/locales";
import type { Tx } from "../../db/types";
import { enqueueMail } from "../../mail/enqueue-mail";
import { verifyEmailTemplate } from "../../mail/templates/verify-email";
import type { UserRow } from "../../users/user-dto";
import { accountMailRecipient } from "../tokens/account-mail-recipient";
import { issueAccountToken } from "../tokens/issue-account-token";

/** A verification link lives 48 hours (docs/product.md §2). */
export const VERIFY_EMAIL_TTL_SECONDS = 48 * 3600;

/**
 * Issues a verification token and queues its mail, both in the caller's transaction, in
 * the person's saved language, else `locale` (the request's), else DEFAULT_LOCALE.
 */
export async function queueVerificationMail(tx: Tx, user: UserRow, locale?: Locale): Promise<void> {
  const token = await issueAccountToken(tx, {
    userId: user.id,
    email: user.email,
    purpose: "verify-email",
    ttlSeconds: VERIFY_EMAIL_TTL_SECONDS,
  });
  await enqueueMail(
    tx,
    verifyEmailTemplate,
    { name: user.name, email: user.email, token },
    await accountMailRecipient(tx, user, locale),
  );
}
