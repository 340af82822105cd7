import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Database, Db, Tx } from "./types";

/**
 * Rows of a raw SQL query, for what the query builder does not express (views,
 * functions, catalog queries). Both drivers answer with `{ rows }`; the caller names
 * the row type.
 */
export async function queryRows<T>(target: Database | Db | Tx, query: SQL | string): Promise<T[]> {
  const db = "engine" in target ? target.db : target;
  const result = (await db.execute(
    typeof query === "string" ? sql.raw(query) : query,
  )) as unknown as { rows: T[] };
  return result.rows;
}
