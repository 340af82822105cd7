/** refresh_leaderboards() and the leaderboard materialized views (docs/product.md §8). */
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { asVisitor } from "../../src/server/db/as-visitor";
import { privileged } from "../../src/server/db/privileged";
import { withUser } from "../../src/server/db/with-user";
import { addPoints, createSubmission, createUser, type TestUser } from "../helpers/factories";
import { queryRows } from "../../src/server/db/query-rows";
import { setupTestDatabase } from "../helpers/test-database";

setupTestDatabase();

describe("refresh_leaderboards and the leaderboard views", () => {
  const DAY = 24 * 60 * 60 * 1000;
  let users: Record<string, TestUser>;

  beforeAll(async () => {
    const make = (handle: string, role: TestUser["role"] = "PARTICIPANT", email?: string) =>
      createUser({ handle, role, ...(email ? { email } : {}) });
    users = {
      top: await make("lb-top"),
      tieEarly: await make("lb-tie-early"),
      tieLate: await make("lb-tie-late"),
      fourth: await make("lb-fourth"),
      old: await make("lb-old"),
      zero: await make("lb-zero"),
      reviewer: await make("lb-reviewer", "REVIEWER"),
      admin: await make("lb-admin", "ADMIN"),
      deleted: await make("lb-deleted", "PARTICIPANT", "user_gone@deleted.invalid"),
    };
    const ago = (days: number) => new Date(Date.now() - days * DAY);
    await addPoints(users.top!.id, 100, { createdAt: ago(3) });
    await addPoints(users.tieEarly!.id, 80, { createdAt: ago(5) });
    await addPoints(users.tieLate!.id, 80, { createdAt: ago(2) });
    await addPoints(users.fourth!.id, 50, { createdAt: ago(1) });
    await addPoints(users.old!.id, 500, { createdAt: ago(40) });
    await addPoints(users.zero!.id, 20);
    await addPoints(users.zero!.id, -20);
    await addPoints(users.reviewer!.id, 300);
    await addPoints(users.admin!.id, 300);
    await addPoints(users.deleted!.id, 300);
    await createSubmission({ user_id: users.top!.id, status: "APPROVED", visibility: "PUBLIC" });
    await createSubmission({ user_id: users.top!.id, status: "APPROVED", visibility: "PRIVATE" });
  });

  const refresh = () =>
    privileged({ system: "test" }, (tx) => tx.execute(sql`SELECT refresh_leaderboards()`));
  const board = (view: "leaderboard_totals" | "leaderboard_30d") =>
    asVisitor((tx) =>
      queryRows<{ handle: string; rank: number; total_points: number; public_submissions: number }>(
        tx,
        `SELECT handle, rank, total_points, public_submissions FROM ${view} ORDER BY rank, last_activity_at, handle`,
      ),
    );

  test("called from several connections at once, every call succeeds", async () => {
    const results = await Promise.allSettled(Array.from({ length: 8 }, refresh));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
  });

  test("all-time: competition ranks with ties (1, 2, 2, 4), ties by earlier activity, only positive participants", async () => {
    const rows = await board("leaderboard_totals");
    expect(rows.map((r) => [r.handle, r.rank, r.total_points])).toEqual([
      ["lb-old", 1, 500],
      ["lb-top", 2, 100],
      ["lb-tie-early", 3, 80],
      ["lb-tie-late", 3, 80],
      ["lb-fourth", 5, 50],
    ]);
    expect(rows.find((r) => r.handle === "lb-top")?.public_submissions).toBe(1);
  });

  test("30 days: rows older than the window do not count, ranks 1, 2, 2, 4", async () => {
    const rows = await board("leaderboard_30d");
    expect(rows.map((r) => [r.handle, r.rank])).toEqual([
      ["lb-top", 1],
      ["lb-tie-early", 2],
      ["lb-tie-late", 2],
      ["lb-fourth", 4],
    ]);
  });

  test("the views are stale until the next refresh, then current", async () => {
    await addPoints(users.fourth!.id, 100);
    expect((await board("leaderboard_30d"))[0]?.handle).toBe("lb-top");
    await refresh();
    expect((await board("leaderboard_30d"))[0]).toMatchObject({
      handle: "lb-fourth",
      total_points: 150,
    });
  });

  test("only the privileged path may refresh", async () => {
    const participant = users.top!;
    await expect(
      withUser({ userId: participant.id, role: participant.role }, (tx) =>
        tx.execute(sql`SELECT refresh_leaderboards()`),
      ),
    ).rejects.toThrow();
  });
});
