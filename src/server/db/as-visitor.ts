import "server-only";
import { sql } from "drizzle-orm";
import type { DatabaseWorkOptions } from "./on-database";
import { runTransaction } from "./run-transaction";
import type { Tx } from "./types";

/**
 * Runs fn in one transaction as the `anon` database role with no claims: what a
 * signed-out visitor may read under row level security (public pages and APIs).
 * `{ readOnly: true }` declares a read (see withUser).
 */
export async function asVisitor<T>(
  fn: (tx: Tx) => Promise<T>,
  options?: DatabaseWorkOptions,
): Promise<T> {
  // One round trip: set_config('role', …, true) is SET LOCAL ROLE.
  return runTransaction(
    sql`SELECT set_config('request.jwt.claims', '', true), set_config('role', 'anon', true)`,
    fn,
    options,
  );
}
