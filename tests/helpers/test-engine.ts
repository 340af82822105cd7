import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

/**
 * Which engine the tests run on: PostgreSQL when TEST_DATABASE_URL or DATABASE_URL is
 * set (CI runs both), PGlite otherwise.
 */
export function testPostgresUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;
}

/** The same server URL pointing at another database. */
export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export function databaseNameOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, "")) || "postgres";
}

/** Runs one statement on the server's maintenance database (CREATE/DROP DATABASE). */
export async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabaseName(url, "postgres") });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** The role the app connects as on PostgreSQL (scripts/db/create-app-role.sql). */
export const APP_ROLE = "leaps_app";

/**
 * The role that owns the test databases: the app URL's user (leaps_app, or `postgres` on
 * the Supabase-like database, where the migrating role is not a superuser either).
 */
export function ownerRoleOf(appUrl: string): string {
  return decodeURIComponent(new URL(appUrl).username) || APP_ROLE;
}

/**
 * The URL the tests' app connections use: the given one when its user is not a superuser
 * (CI connects as leaps_app itself), else the same server as leaps_app, created first by
 * scripts/db/create-app-role.sql. Either way the suite runs as the app runs.
 */
export async function appRoleUrl(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: withDatabaseName(url, "postgres") });
  await client.connect();
  try {
    const { rows } = await client.query<{ super: boolean }>(
      "SELECT rolsuper AS super FROM pg_roles WHERE rolname = current_user",
    );
    if (!rows[0]?.super) return url;
    await client.query(readFileSync(APP_ROLE_SCRIPT, "utf8"));
  } finally {
    await client.end();
  }
  const parsed = new URL(url);
  parsed.username = APP_ROLE;
  parsed.password = "";
  return parsed.toString();
}

const APP_ROLE_SCRIPT = path.join(import.meta.dirname, "../../scripts/db/create-app-role.sql");
