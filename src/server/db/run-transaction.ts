import "server-only";
import type { SQL } from "drizzle-orm";
import { onDatabase, type DatabaseWorkOptions } from "./on-database";
import type { Tx } from "./types";

/**
 * One transaction for withUser/privileged/asVisitor: the role set-up statement, then fn.
 * A declared read runs READ ONLY and is retried once when the connection drops, and so is
 * any transaction whose BEGIN never reached the server; see onDatabase for the rest.
 */
export function runTransaction<T>(
  setup: SQL,
  fn: (tx: Tx) => Promise<T>,
  options: DatabaseWorkOptions = {},
): Promise<T> {
  let begun = false;
  return onDatabase(
    (db) =>
      db.transaction(
        async (tx) => {
          begun = true;
          await tx.execute(setup);
          return fn(tx);
        },
        options.readOnly ? { accessMode: "read only" } : undefined,
      ),
    { ...options, notBegun: () => !begun },
  );
}
