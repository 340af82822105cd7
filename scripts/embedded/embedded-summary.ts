/**
 * What a backup of the embedded data directory promises to bring back, in a form two
 * copies can be compared by: the database's headline figures and every upload's checksum.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { queryRows } from "../../src/server/db/query-rows";
import type { Database } from "../../src/server/db/types";

export interface DatabaseSummary {
  migrations: number;
  users: number;
  ledgerRows: number;
  ledgerSum: number;
  submissions: number;
}

export interface FileEntry {
  path: string;
  size: number;
  sha256: string;
}

/** Counted as the embedded superuser: row level security does not hide rows from it. */
export async function summarizeDatabase(database: Database): Promise<DatabaseSummary> {
  const [row] = await queryRows<DatabaseSummary>(
    database,
    `SELECT (SELECT count(*) FROM drizzle.__drizzle_migrations)::int AS migrations,
            (SELECT count(*) FROM public.users)::int AS users,
            (SELECT count(*) FROM public.points_ledger)::int AS "ledgerRows",
            (SELECT coalesce(sum(delta_points), 0) FROM public.points_ledger)::int AS "ledgerSum",
            (SELECT count(*) FROM public.submissions)::int AS submissions`,
  );
  return row!;
}

/** Every file under `root`, relative paths with forward slashes, sorted. */
export function listFiles(root: string): FileEntry[] {
  if (!existsSync(root)) return [];
  const entries: FileEntry[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const content = readFileSync(full);
        entries.push({
          path: path.relative(root, full).split(path.sep).join("/"),
          size: content.length,
          sha256: createHash("sha256").update(content).digest("hex"),
        });
      }
    }
  };
  walk(root);
  return entries;
}

/** The PGlite data directory is in use while this file exists (a running app, or a crash). */
export function pgliteInUse(pgliteDir: string): boolean {
  return existsSync(path.join(pgliteDir, "postmaster.pid"));
}
