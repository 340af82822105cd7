import "server-only";
import { sql } from "drizzle-orm";
import type { DatabaseWorkOptions } from "./on-database";
import { runTransaction } from "./run-transaction";
import type { Tx } from "./types";

/** Who asked for privileged work: a signed-in user whose role the caller has checked,
 * or a named system job (e.g. "kajabi-webhook"). */
export type PrivilegedActor = { userId: string } | { system: string };

/**
 * Runs fn in one transaction as `service_role`, which bypasses row level security.
 * This is the explicitly named privileged path of docs/product.md §9 for review, Kajabi, badges
 * and admin jobs: every caller has already checked the actor's role and writes audit.
 * A user actor's id is still set as the claims' subject so auth.get_user_id() names
 * them inside the transaction. `{ readOnly: true }` declares a read (see withUser).
 */
export async function privileged<T>(
  actor: PrivilegedActor,
  fn: (tx: Tx) => Promise<T>,
  options?: DatabaseWorkOptions,
): Promise<T> {
  const claims = "userId" in actor ? JSON.stringify({ sub: actor.userId }) : "";
  // One round trip: set_config('role', …, true) is SET LOCAL ROLE.
  return runTransaction(
    sql`SELECT set_config('request.jwt.claims', ${claims}, true), set_config('role', 'service_role', true)`,
    fn,
    options,
  );
}
