import "server-only";
import { sql } from "drizzle-orm";
import { dbSession } from "../db/db-session";
import { queryRows } from "../db/query-rows";
import { withUser } from "../db/with-user";
import type { UserRow } from "../users/user-dto";

/** A user's own total, straight from the ledger (never stale, docs/product.md §5). */
export async function getUserTotalPoints(user: UserRow): Promise<number> {
  const [row] = await withUser(dbSession(user), (tx) =>
    queryRows<{ total: number | null }>(tx, sql`SELECT get_user_total_points(${user.id}) AS total`),
  );
  return row?.total ?? 0;
}
