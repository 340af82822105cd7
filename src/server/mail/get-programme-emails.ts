import "server-only";
import { eq } from "drizzle-orm";
import { dbSession } from "../db/db-session";
import { withUser } from "../db/with-user";
import { account_settings } from "../db/schema";
import type { UserRow } from "../users/user-dto";

/** Whether a person gets programme notifications (no settings row: the default, on). */
export async function getProgrammeEmails(user: UserRow): Promise<boolean> {
  const [row] = await withUser(dbSession(user), (tx) =>
    tx
      .select({ on: account_settings.programme_emails })
      .from(account_settings)
      .where(eq(account_settings.user_id, user.id)),
  );
  return row?.on ?? true;
}
