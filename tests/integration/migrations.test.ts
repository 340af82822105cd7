/** Migrations are repeatable and the seed rows are the product's (docs/product.md), kept across re-runs. */
import { sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { migrateDatabase, MIGRATIONS_FOLDER } from "../../src/server/db/migrate-database";
import { queryRows } from "../../src/server/db/query-rows";
import { setupTestDatabase } from "../helpers/test-database";

const database = setupTestDatabase();

describe("migrations and seed rows", () => {
  test("the five activities with their default points", async () => {
    const rows = await queryRows<{ code: string; name: string; default_points: number }>(
      database(),
      "SELECT code, name, default_points FROM activities ORDER BY code",
    );
    expect(rows).toEqual([
      { code: "AMPLIFY", name: "Amplify", default_points: 0 },
      { code: "EXPLORE", name: "Explore", default_points: 50 },
      { code: "LEARN", name: "Learn", default_points: 20 },
      { code: "PRESENT", name: "Present", default_points: 20 },
      { code: "SHINE", name: "Shine", default_points: 0 },
    ]);
  });

  test("the badge catalogue with its criteria", async () => {
    const rows = await queryRows<{ code: string; name: string; criteria: unknown }>(
      database(),
      "SELECT code, name, criteria FROM badges ORDER BY code",
    );
    expect(Object.fromEntries(rows.map((r) => [r.code, [r.name, r.criteria]]))).toEqual({
      STARTER: ["LEAPS Starter", { kind: "activity_points", activity: "LEARN", min: 20 }],
      IN_CLASS_INNOVATOR: [
        "In-Class Innovator",
        { kind: "approved_count", activity: "EXPLORE", min: 1 },
      ],
      COMMUNITY_VOICE: ["Community Voice", { kind: "approved_count", activity: "PRESENT", min: 1 }],
      AMPLIFIER: ["Amplifier", { kind: "amplify_reach", peers: 10, students: 25 }],
      SHINE_STAR: ["Shine Star", { kind: "approved_count", activity: "SHINE", min: 1 }],
      LEAPS_COMPLETE: ["LEAPS Complete", { kind: "all_activities" }],
      CENTURY: ["Century", { kind: "total_points", min: 100 }],
    });
  });

  test("running the seed again adds nothing and keeps an admin's edits", async () => {
    await database().db.execute(
      sql`UPDATE activities SET default_points = 60 WHERE code = 'EXPLORE'`,
    );
    const seed = readFileSync(path.join(MIGRATIONS_FOLDER, "0003_seed.sql"), "utf8");
    for (const statement of seed.split("--> statement-breakpoint")) {
      await database().db.execute(sql.raw(statement));
    }
    const [counts] = await queryRows<{ activities: number; badges: number; explore: number }>(
      database(),
      `SELECT (SELECT count(*)::int FROM activities) AS activities, (SELECT count(*)::int FROM badges) AS badges,
              (SELECT default_points FROM activities WHERE code = 'EXPLORE') AS explore`,
    );
    expect(counts).toEqual({ activities: 5, badges: 7, explore: 60 });
  });

  test("migrating an up-to-date database again is a no-op", async () => {
    await migrateDatabase(database());
    const [row] = await queryRows<{ n: number }>(
      database(),
      "SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations",
    );
    const journal = JSON.parse(
      readFileSync(path.join(MIGRATIONS_FOLDER, "meta/_journal.json"), "utf8"),
    );
    expect(row!.n).toBe(journal.entries.length);
  });
});
