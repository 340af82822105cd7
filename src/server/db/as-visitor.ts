import "server-only";
import { sql } from "drizzle-orm";
import { getDatabase } from "./get-database";
import type { Tx } from "./types";

/**
 * Runs fn in one transaction as the `anon` database role with no claims: what a
 * signed-out visitor may read under row level security (public pages and APIs).
 */
export async function asVisitor<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  const { db } = await getDatabase();
  return db.transaction(async (tx) => {
    // One round trip: set_config('role', …, true) is SET LOCAL ROLE.
    await tx.execute(
      sql`SELECT set_config('request.jwt.claims', '', true), set_config('role', 'anon', true)`,
    );
    return fn(tx);
  });
}
