import "server-only";
import { eq } from "drizzle-orm";
import { dbSession } from "../db/db-session";
import { account_settings } from "../db/schema";
import { withUser } from "../db/with-user";
import type { UserRow } from "../users/user-dto";

/** Whether the person shows on public pages (docs/product.md §8); no settings row means yes. */
export async function readPublicProfileSetting(user: UserRow): Promise<boolean> {
  const [row] = await withUser(dbSession(user), (tx) =>
    tx
      .select({ publicProfile: account_settings.public_profile })
      .from(account_settings)
      .where(eq(account_settings.user_id, user.id)),
  );
  return row?.publicProfile ?? true;
}
