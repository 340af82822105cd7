import { sql, type SQL } from "drizzle-orm";
import type { Database, Tx } from "../../src/server/db/types";

/** Rows of a raw SQL query, typed by the caller. */
export async function queryRows<T>(target: Database | Tx, query: SQL | string): Promise<T[]> {
  const db = "db" in target ? target.db : target;
  const result = await db.execute(typeof query === "string" ? sql.raw(query) : query);
  return result.rows as T[];
}
