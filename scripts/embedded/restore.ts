/**
 * `scripts/restore-embedded.sh <archive.tar.gz> [--force]`: puts a backup made by
 * scripts/backup-embedded.sh into DATA_DIR (default ./data), then proves it: the restored
 * database's headline figures and every file's SHA-256 must equal the manifest's. The app
 * must be stopped. An existing database or uploads folder is never overwritten: without
 * --force the restore refuses, with --force they are moved to DATA_DIR/before-restore-<time>/.
 */
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
} from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { openDatabase } from "../../src/server/db/open-database";
import {
  type DatabaseSummary,
  type FileEntry,
  listFiles,
  pgliteInUse,
  summarizeDatabase,
} from "./embedded-summary";

const args = process.argv.slice(2);
const force = args.includes("--force");
const archive = args.find((a) => !a.startsWith("--"));
if (!archive || !existsSync(archive)) {
  console.error("usage: scripts/restore-embedded.sh <archive.tar.gz> [--force]");
  process.exit(2);
}
const dataDir = path.resolve(process.env.DATA_DIR ?? "./data");
const pgliteDir = path.join(dataDir, "pglite");
const uploadsDir = path.join(dataDir, "uploads");
const nonEmpty = (dir: string) => existsSync(dir) && readdirSync(dir).length > 0;

if (pgliteInUse(pgliteDir)) {
  console.error(`${pgliteDir} is in use (postmaster.pid): stop the app first.`);
  process.exit(1);
}
if ((nonEmpty(pgliteDir) || nonEmpty(uploadsDir)) && !force) {
  console.error(
    `${dataDir} already holds data: run again with --force to move it aside and restore.`,
  );
  process.exit(1);
}

mkdirSync(dataDir, { recursive: true });
// Unpacked next to the data directory, so the final moves are renames on one file system.
const work = mkdtempSync(path.join(dataDir, ".restore-"));
try {
  execFileSync("tar", ["-xzf", path.resolve(archive), "-C", work]);
  const manifest = JSON.parse(readFileSync(path.join(work, "manifest.json"), "utf8")) as {
    format: string;
    database: DatabaseSummary;
    files: FileEntry[];
  };
  if (manifest.format !== "leaps-embedded-backup/1") {
    throw new Error(`not a LEAPS embedded backup (format ${manifest.format})`);
  }
  if (!isDeepStrictEqual(listFiles(path.join(work, "uploads")), manifest.files)) {
    throw new Error("the archive's files do not match its manifest: nothing restored");
  }

  // Load the dump into a fresh directory and check it before anything is moved.
  const restoredPglite = path.join(work, "pglite");
  const dump = new Blob([readFileSync(path.join(work, "pglite.tar.gz"))]);
  const database = await openDatabase({
    engine: "pglite",
    dataDir: restoredPglite,
    loadDataDir: dump,
  });
  const summary = await summarizeDatabase(database);
  await database.close();
  if (!isDeepStrictEqual(summary, manifest.database)) {
    throw new Error(
      `the restored database differs from the manifest: ${JSON.stringify(summary)} vs ` +
        `${JSON.stringify(manifest.database)}: nothing restored`,
    );
  }

  if (nonEmpty(pgliteDir) || nonEmpty(uploadsDir)) {
    const aside = path.join(
      dataDir,
      `before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`,
    );
    mkdirSync(aside);
    if (existsSync(pgliteDir)) renameSync(pgliteDir, path.join(aside, "pglite"));
    if (existsSync(uploadsDir)) renameSync(uploadsDir, path.join(aside, "uploads"));
    console.log(`Moved the existing data to ${aside}.`);
  }
  rmSync(pgliteDir, { recursive: true, force: true });
  rmSync(uploadsDir, { recursive: true, force: true });
  renameSync(restoredPglite, pgliteDir);
  renameSync(path.join(work, "uploads"), uploadsDir);
  console.log(
    `Restored ${path.resolve(archive)} into ${dataDir}: ${summary.users} users, ` +
      `${summary.ledgerRows} ledger rows (sum ${summary.ledgerSum}), ${manifest.files.length} files.`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
