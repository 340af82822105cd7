import "server-only";
import { eq } from "drizzle-orm";
import { isLocale, type Locale } from "@/i18n/locales";
import { account_settings } from "../../db/schema";
import type { Tx } from "../../db/types";
import { getEnv } from "../../env";
import type { MailRecipient } from "../../mail/enqueue-mail";
import type { UserRow } from "../../users/user-dto";

/**
 * The user as a mail recipient, in the language they saved (account_settings.locale);
 * without one, in `fallback` (the language of the request that causes the mail, when
 * there is one), else DEFAULT_LOCALE.
 */
export async function accountMailRecipient(
  tx: Tx,
  user: UserRow,
  fallback?: Locale,
): Promise<MailRecipient> {
  const [settings] = await tx
    .select({ locale: account_settings.locale })
    .from(account_settings)
    .where(eq(account_settings.user_id, user.id));
  const saved = settings?.locale;
  const locale = isLocale(saved) ? saved : (fallback ?? getEnv().DEFAULT_LOCALE);
  return { userId: user.id, to: user.email, locale };
}
