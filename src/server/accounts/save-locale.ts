import "server-only";
import { sql } from "drizzle-orm";
import { account_settings } from "../db/schema";
import { privileged } from "../db/privileged";
import type { Tx } from "../db/types";
import type { Locale } from "@/i18n/locales";
import type { UserRow } from "../users/user-dto";

/**
 * Remembers a person's language (docs/product.md §14): their mails are written in it, and
 * it is their language on a device that has no NEXT_LOCALE cookie yet. Settings rows are
 * written only by the privileged path (migration 0017), as an upsert. Not audited: the
 * choice of language changes nothing anyone else sees.
 */
export async function saveLocale(user: Pick<UserRow, "id">, locale: Locale): Promise<void> {
  await privileged({ userId: user.id }, (tx) => writeLocale(tx, user.id, locale));
}

/** saveLocale inside the caller's privileged transaction (a sign-up keeps its visitor's language). */
export async function writeLocale(tx: Tx, userId: string, locale: Locale): Promise<void> {
  await tx
    .insert(account_settings)
    .values({ user_id: userId, locale })
    .onConflictDoUpdate({
      target: account_settings.user_id,
      set: { locale, updated_at: sql`now()` },
      where: sql`${account_settings.locale} is distinct from ${locale}`,
    });
}
