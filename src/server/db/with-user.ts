import "server-only";
import { sql } from "drizzle-orm";
import type { Role } from "./schema";
import type { DatabaseWorkOptions } from "./on-database";
import { runTransaction } from "./run-transaction";
import type { Tx } from "./types";

/** Who a request runs as, from the database's point of view. */
export interface DbSession {
  userId: string;
  role: Role;
}

/**
 * Runs fn in one transaction as the `authenticated` database role with the user's
 * claims, so every row it reads or writes passes the row level security policies.
 * This is the path for all signed-in reads and writes the policies cover.
 *
 * Use only `tx` inside fn: on PGlite (one connection) a query on the shared database
 * handle would wait for this transaction to end and never run. `{ readOnly: true }`
 * declares a read: retried once if the connection drops (src/server/db/on-database.ts).
 */
export async function withUser<T>(
  session: DbSession,
  fn: (tx: Tx) => Promise<T>,
  options?: DatabaseWorkOptions,
): Promise<T> {
  const claims = JSON.stringify({ sub: session.userId, role: session.role });
  // One round trip: set_config('role', …, true) is SET LOCAL ROLE.
  return runTransaction(
    sql`SELECT set_config('request.jwt.claims', ${claims}, true), set_config('role', 'authenticated', true)`,
    fn,
    options,
  );
}
