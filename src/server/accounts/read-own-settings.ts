import "server-only";
import { eq } from "drizzle-orm";
import { dbSession } from "../db/db-session";
import { account_settings } from "../db/schema";
import { withUser } from "../db/with-user";
import type { UserRow } from "../users/user-dto";

export type OwnSettings = {
  emailVerified: boolean;
  /** Shown on public pages (docs/product.md §8). */
  publicProfile: boolean;
  /** Programme notifications by mail (docs/product.md §13). */
  programmeEmails: boolean;
  locale: "en" | "id" | null;
};

/**
 * The signed-in person's own settings row, read under RLS; a person without a row has the
 * defaults (docs/product.md §2: not verified, public, notifications on, no language chosen).
 */
export async function readOwnSettings(user: UserRow): Promise<OwnSettings> {
  const [row] = await withUser(dbSession(user), (tx) =>
    tx.select().from(account_settings).where(eq(account_settings.user_id, user.id)),
  );
  return {
    emailVerified: Boolean(row?.email_verified_at),
    publicProfile: row?.public_profile ?? true,
    programmeEmails: row?.programme_emails ?? true,
    locale: row?.locale === "en" || row?.locale === "id" ? row.locale : null,
  };
}
