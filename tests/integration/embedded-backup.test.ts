/**
 * scripts/backup-embedded.sh and scripts/restore-embedded.sh, run as an operator would
 * (separate processes, DATA_DIR in the environment) on a real PGlite data directory with
 * uploads: the restored copy has the same users, the same ledger and the same files, byte
 * for byte; a directory in use or already holding data is never overwritten.
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { closeDatabase, setDatabase } from "../../src/server/db/get-database";
import { openDatabase } from "../../src/server/db/open-database";
import { queryRows } from "../../src/server/db/query-rows";
import { addPoints, createSubmission, createUser } from "../helpers/factories";
import { testPostgresUrl } from "../helpers/test-engine";

const run = promisify(execFile);
const ROOT = path.join(import.meta.dirname, "../..");
const root = mkdtempSync(path.join(os.tmpdir(), "leaps-embedded-backup-"));
const original = path.join(root, "original");
const restored = path.join(root, "restored");
const archive = path.join(root, "backups", "leaps.tar.gz");

const FILES: Record<string, Buffer> = {
  "user_a/2026/evidence.pdf": randomBytes(70_000),
  "user_a/2026/photo.jpg": randomBytes(1234),
  "user_b/notes.txt": Buffer.from("Hello, LEAPS\n"),
};

/** Runs one of the scripts; resolves with its exit code and output, never throws. */
async function script(name: string, dataDir: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run("bash", [path.join(ROOT, "scripts", name), ...args], {
      env: { ...process.env, DATA_DIR: dataDir },
      cwd: ROOT,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

async function contentsOf(dataDir: string) {
  const database = await openDatabase({ engine: "pglite", dataDir: path.join(dataDir, "pglite") });
  try {
    const users = await queryRows<{ id: string }>(database, "SELECT id FROM users ORDER BY id");
    const [ledger] = await queryRows<{ rows: number; sum: number }>(
      database,
      "SELECT count(*)::int AS rows, coalesce(sum(delta_points), 0)::int AS sum FROM points_ledger",
    );
    const files: Record<string, string> = {};
    const walk = (dir: string, prefix = "") => {
      for (const name of readdirSync(dir, { withFileTypes: true })) {
        const rel = prefix ? `${prefix}/${name.name}` : name.name;
        if (name.isDirectory()) walk(path.join(dir, name.name), rel);
        else files[rel] = readFileSync(path.join(dir, name.name)).toString("base64");
      }
    };
    walk(path.join(dataDir, "uploads"));
    return { users: users.map((u) => u.id), ledger, files };
  } finally {
    await database.close();
  }
}

let userIds: string[];

test("without an embedded database there is nothing to back up, and it says so", async () => {
  const empty = path.join(root, "empty");
  const result = await script("backup-embedded.sh", empty, path.join(root, "none.tar.gz"));
  expect(result.code).toBe(1);
  expect(result.output).toMatch(/No embedded database/);
  expect(existsSync(path.join(root, "none.tar.gz"))).toBe(false);
});

// The embedded data directory exists only when the app runs on PGlite: the PGlite lanes
// (Node 20 and 22) run this file; the PostgreSQL lanes have nothing embedded to back up.
if (!testPostgresUrl()) defineTests();

function defineTests() {
  beforeAll(async () => {
    // The suite's migrated PGlite dump, unpacked into a data directory as the app would have it.
    const database = await openDatabase({
      engine: "pglite",
      dataDir: path.join(original, "pglite"),
      loadDataDir: new Blob([readFileSync(inject("pgliteDump")!)]),
    });
    setDatabase(database);
    const people = [await createUser(), await createUser(), await createUser({ role: "REVIEWER" })];
    userIds = people.map((p) => p.id).sort();
    await addPoints(people[0]!.id, 40);
    await addPoints(people[0]!.id, -5);
    await addPoints(people[1]!.id, 110);
    await createSubmission({ user_id: people[1]!.id, status: "APPROVED" });
    await closeDatabase();
    for (const [name, content] of Object.entries(FILES)) {
      const file = path.join(original, "uploads", name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  describe("backup and restore of the embedded data directory", () => {
    test("a backup is refused while the database is open (a running app)", async () => {
      const app = await openDatabase({ engine: "pglite", dataDir: path.join(original, "pglite") });
      try {
        const result = await script("backup-embedded.sh", original, archive);
        expect(result.code).toBe(1);
        expect(result.output).toMatch(/stop the app first/);
        expect(existsSync(archive)).toBe(false);
      } finally {
        await app.close();
      }
    });

    test("backup, then restore into an empty directory: same users, ledger and files", async () => {
      const backup = await script("backup-embedded.sh", original, archive);
      expect(backup.output).toMatch(/3 users, 3 ledger rows \(sum 145\), 3 files/);
      expect(backup.code).toBe(0);
      const restore = await script("restore-embedded.sh", restored, archive);
      expect(restore.output).toMatch(/3 users, 3 ledger rows \(sum 145\), 3 files/);
      expect(restore.code).toBe(0);

      const before = await contentsOf(original);
      const after = await contentsOf(restored);
      expect(after).toEqual(before);
      expect(after.users).toEqual(userIds);
      expect(after.ledger).toEqual({ rows: 3, sum: 145 });
      expect(Object.keys(after.files).sort()).toEqual(Object.keys(FILES).sort());
      for (const [name, content] of Object.entries(FILES)) {
        expect(Buffer.from(after.files[name]!, "base64").equals(content), name).toBe(true);
      }
    });

    test("a directory holding data is kept: refused without --force, moved aside with it", async () => {
      writeFileSync(path.join(restored, "uploads", "user_b", "notes.txt"), "changed since");
      const refused = await script("restore-embedded.sh", restored, archive);
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(/--force/);
      expect(readFileSync(path.join(restored, "uploads", "user_b", "notes.txt"), "utf8")).toBe(
        "changed since",
      );

      const forced = await script("restore-embedded.sh", restored, archive, "--force");
      expect(forced.code).toBe(0);
      expect(readFileSync(path.join(restored, "uploads", "user_b", "notes.txt"))).toEqual(
        FILES["user_b/notes.txt"],
      );
      const aside = readdirSync(restored).filter((name) => name.startsWith("before-restore-"));
      expect(aside).toHaveLength(1);
      expect(
        readFileSync(path.join(restored, aside[0]!, "uploads", "user_b", "notes.txt"), "utf8"),
      ).toBe("changed since");
      expect((await contentsOf(restored)).ledger).toEqual({ rows: 3, sum: 145 });
    });
  });
}
