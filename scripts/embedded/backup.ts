/**
 * `scripts/backup-embedded.sh <archive.tar.gz> [--force]`: a consistent backup of the
 * embedded data directory (DATA_DIR, default ./data): the PGlite database as PGlite's own
 * data-directory dump, the uploads as files, and a manifest with the database's headline
 * figures and every file's SHA-256 that scripts/restore-embedded.sh checks. The app must
 * be stopped: PGlite belongs to one process, and a copy taken while it writes is not
 * consistent. --force: the data directory was left locked by a crash, not by a running app.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, cpSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "../../src/server/db/open-database";
import { listFiles, pgliteInUse, summarizeDatabase } from "./embedded-summary";

const args = process.argv.slice(2);
const force = args.includes("--force");
const archive = args.find((a) => !a.startsWith("--"));
if (!archive) {
  console.error("usage: scripts/backup-embedded.sh <archive.tar.gz> [--force]");
  process.exit(2);
}
const dataDir = path.resolve(process.env.DATA_DIR ?? "./data");
const pgliteDir = path.join(dataDir, "pglite");
if (!existsSync(path.join(pgliteDir, "PG_VERSION"))) {
  console.error(`No embedded database at ${pgliteDir}.`);
  process.exit(1);
}
if (pgliteInUse(pgliteDir) && !force) {
  console.error(
    `${pgliteDir} is in use (postmaster.pid): stop the app first. If it is not running ` +
      "(it crashed), run again with --force.",
  );
  process.exit(1);
}

const work = mkdtempSync(path.join(os.tmpdir(), "leaps-backup-"));
try {
  const database = await openDatabase({ engine: "pglite", dataDir: pgliteDir });
  if (database.engine !== "pglite") throw new Error("expected PGlite");
  const summary = await summarizeDatabase(database);
  // dumpDataDir checkpoints and archives the data directory from inside PGlite.
  const dump = await database.client.dumpDataDir("gzip");
  writeFileSync(path.join(work, "pglite.tar.gz"), Buffer.from(await dump.arrayBuffer()));
  await database.close();

  const uploadsDir = path.join(dataDir, "uploads");
  mkdirSync(path.join(work, "uploads"));
  if (existsSync(uploadsDir)) cpSync(uploadsDir, path.join(work, "uploads"), { recursive: true });
  const files = listFiles(path.join(work, "uploads"));
  const manifest = {
    format: "leaps-embedded-backup/1",
    createdAt: new Date().toISOString(),
    database: summary,
    files,
  };
  writeFileSync(path.join(work, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
  const target = path.resolve(archive);
  mkdirSync(path.dirname(target), { recursive: true });
  execFileSync("tar", ["-czf", target, "-C", work, "manifest.json", "pglite.tar.gz", "uploads"]);
  console.log(
    `Backed up ${dataDir} to ${target}: ${summary.users} users, ${summary.ledgerRows} ledger rows ` +
      `(sum ${summary.ledgerSum}), ${files.length} files.`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
