import "server-only";
import { eq } from "drizzle-orm";
import { account_settings } from "../../db/schema";
import type { Tx } from "../../db/types";
import type { MailRecipient } from "../../mail/enqueue-mail";
import type { UserRow } from "../../users/user-dto";

/** The user as a mail recipient, in the language of their settings (English by default). */
export async function accountMailRecipient(tx: Tx, user: UserRow): Promise<MailRecipient> {
  const [settings] = await tx
    .select({ locale: account_settings.locale })
    .from(account_settings)
    .where(eq(account_settings.user_id, user.id));
  return { userId: user.id, to: user.email, locale: settings?.locale === "id" ? "id" : "en" };
}
