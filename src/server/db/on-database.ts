import "server-only";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import pg from "pg";
import { logWarn } from "../log";
import { databaseUnavailable } from "./database-unavailable";
import { getDatabase } from "./get-database";
import { isConnectionLost } from "./is-connection-lost";
import * as schema from "./schema";
import type { Db } from "./types";

export interface DatabaseWorkOptions {
  /**
   * The caller declares the work a read (the transaction is then READ ONLY, so PostgreSQL
   * refuses a write in it): when the connection drops it is run once more, on a fresh
   * connection. Never inferred: only the caller knows that running it twice is harmless.
   */
  readOnly?: boolean;
  /**
   * Asked after a dropped connection: true when the work had not begun (the connection was
   * already dead when BEGIN went out), so running it again is safe even for a write.
   */
  notBegun?: () => boolean;
}

/**
 * Runs work against the process-wide database and handles a dropped connection
 * (docs/decisions/025-processes-and-failover.md): a declared read is retried once on a
 * new connection opened for it (the pool may still hold other connections the same
 * restart killed), and so is any work that had not begun; anything else, or a retry that
 * fails the same way, becomes 503 with Retry-After. Errors that are not about the connection pass through unchanged.
 */
export async function onDatabase<T>(
  work: (db: Db) => Promise<T>,
  options: DatabaseWorkOptions = {},
): Promise<T> {
  let database;
  try {
    database = await getDatabase();
    if (database.engine === "pglite") return await work(database.db);
    return await onPooledConnection(database.client, work);
  } catch (error) {
    if (!isConnectionLost(error)) throw error;
    const retry = Boolean(options.readOnly || options.notBegun?.());
    logWarn("database.connection-lost", { message: messageOf(error), retry });
    if (!retry || database?.engine !== "postgres") throw databaseUnavailable();
    try {
      return await onFreshConnection(database.client, work);
    } catch (retryError) {
      if (!isConnectionLost(retryError)) throw retryError;
      logWarn("database.retry-failed", { message: messageOf(retryError) });
      throw databaseUnavailable();
    }
  }
}

/** One Drizzle handle per pooled connection, made the first time it is used. */
const handles = new WeakMap<pg.PoolClient, Db>();

/**
 * Checks a connection out for the work and back in. Not Drizzle's pool transactions: they
 * run BEGIN before their try/finally, so a connection dead on BEGIN was never released
 * and the pool ran dry under repeated failovers. A connection that was lost is handed
 * back with its error, so the pool discards it rather than lending it again.
 */
async function onPooledConnection<T>(pool: pg.Pool, work: (db: Db) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let lost = false;
  try {
    let db = handles.get(client);
    if (!db) handles.set(client, (db = drizzlePg(client, { schema })));
    return await work(db);
  } catch (error) {
    lost = isConnectionLost(error);
    throw error;
  } finally {
    client.release(lost || undefined);
  }
}

/** The retry's own connection: the pool may still lend ones the same restart killed. */
async function onFreshConnection<T>(pool: pg.Pool, work: (db: Db) => Promise<T>): Promise<T> {
  const client = new pg.Client(pool.options);
  // A dropped connection is reported through the failing query; never crash on the event.
  client.on("error", () => {});
  await client.connect();
  try {
    return await work(drizzlePg(client, { schema }));
  } finally {
    await client.end().catch(() => {});
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
