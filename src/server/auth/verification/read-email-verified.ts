import "server-only";
import { eq } from "drizzle-orm";
import { dbSession } from "../../db/db-session";
import { account_settings } from "../../db/schema";
import { withUser } from "../../db/with-user";
import type { UserRow } from "../../users/user-dto";

/** Whether the signed-in user's email is verified (their own settings row, under RLS). */
export async function readEmailVerified(user: UserRow): Promise<boolean> {
  const [row] = await withUser(dbSession(user), (tx) =>
    tx
      .select({ at: account_settings.email_verified_at })
      .from(account_settings)
      .where(eq(account_settings.user_id, user.id)),
  );
  return Boolean(row?.at);
}
