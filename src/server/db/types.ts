import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type * as schema from "./schema";
import type { Pool } from "pg";
import type { PGlite } from "@electric-sql/pglite";

/** The Drizzle database, whichever engine is behind it (PGlite or node-postgres). */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** A transaction handed to withUser()/privileged() callbacks. */
export type Tx = PgTransaction<
  PgQueryResultHKT,
  typeof schema,
  ExtractTablesWithRelations<typeof schema>
>;

export type DatabaseEngine = "pglite" | "postgres";

/** An open database: the Drizzle handle, and the driver's client for the few things
 * Drizzle does not do (advisory-locked migrations, dumping a PGlite data directory). */
export type Database =
  | { readonly engine: "postgres"; readonly db: Db; readonly client: Pool; close(): Promise<void> }
  | { readonly engine: "pglite"; readonly db: Db; readonly client: PGlite; close(): Promise<void> };
