import "server-only";
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import pg from "pg";
import * as schema from "./schema";
import type { Database } from "./types";

export type OpenDatabaseOptions =
  | { engine: "postgres"; url: string; poolMax?: number }
  /** dataDir undefined = in memory; loadDataDir = a dumped data directory to start from. */
  | { engine: "pglite"; dataDir?: string; loadDataDir?: Blob };

/** Opens a connection (pool) without migrating; see getDatabase() for the app's one. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.engine === "postgres") {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolMax ?? 10,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
    });
    // An idle client losing its server must not crash the process; the next query
    // reports the problem where it can be handled.
    pool.on("error", () => {});
    // A client checked out of the pool has no error listener (the pool's is only on idle
    // clients): a backend terminated between two queries of a transaction would emit an
    // unhandled "error" and end the process. The next query on it fails instead, and
    // src/server/db/on-database.ts handles that (docs/decisions/025-processes-and-failover.md).
    pool.on("connect", (client) => client.on("error", () => {}));
    return {
      engine: "postgres",
      db: drizzlePg(pool, { schema }),
      client: pool,
      close: () => pool.end(),
    };
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    // Trigram indexes serve leaderboard search; PostgreSQL ships pg_trgm in contrib.
    extensions: { pg_trgm },
  });
  return {
    engine: "pglite",
    db: drizzlePglite(client, { schema }),
    client,
    close: () => client.close(),
  };
}
