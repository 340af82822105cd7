/** Leaderboards, public profiles and metrics (docs/product.md §8): ranks, windows, privacy, freshness. */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { POST as cronRoute } from "../../src/app/api/cron/refresh-leaderboards/route";
import { GET as leaderboardRoute } from "../../src/app/api/leaderboard/route";
import { GET as metricsRoute } from "../../src/app/api/metrics/route";
import { GET as profileRoute } from "../../src/app/api/profiles/[handle]/route";
import { privileged } from "../../src/server/db/privileged";
import { queryRows } from "../../src/server/db/query-rows";
import { earned_badges, users } from "../../src/server/db/schema";
import {
  LeaderboardRefresher,
  MAX_WAIT_MS,
  QUIET_MS,
} from "../../src/server/leaderboard/leaderboard-refresher";
import { refreshLeaderboards } from "../../src/server/leaderboard/refresh-leaderboards";

import { anonymiseUser } from "../../src/server/users/anonymise-user";
import { addPoints, createSubmission, createUser, type TestUser } from "../helpers/factories";
import { call } from "../helpers/http";
import { setupTestDatabase } from "../helpers/test-database";

const database = setupTestDatabase();
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);

let people: Record<string, TestUser>;

beforeAll(async () => {
  const make = (handle: string, extra: Parameters<typeof createUser>[0] = {}) =>
    createUser({ handle, name: `Name ${handle}`, email: `${handle}@example.test`, ...extra });
  people = {
    ada: await make("ada", { school: "North School", cohort: "2026-A" }),
    bea: await make("bea", { school: "South School", cohort: "2026-B" }),
    cai: await make("cai", { school: "North School", cohort: "2026-A" }),
    dan: await make("dan", { cohort: "2026-B" }),
    eve: await make("eve"),
    old: await make("old"),
    staff: await make("staff", { role: "REVIEWER" }),
    gone: await make("gone"),
    zero: await make("zero"),
  };
  await addPoints(people.ada!.id, 120, { createdAt: ago(3) });
  await addPoints(people.bea!.id, 80, { createdAt: ago(5) });
  await addPoints(people.cai!.id, 80, { createdAt: ago(2) });
  await addPoints(people.dan!.id, 50, { createdAt: ago(1) });
  await addPoints(people.eve!.id, 20, { createdAt: ago(29) });
  await addPoints(people.old!.id, 500, { createdAt: ago(31) });
  await addPoints(people.staff!.id, 999);
  await addPoints(people.gone!.id, 999);
  await addPoints(people.zero!.id, 10);
  await addPoints(people.zero!.id, -10);
  await createSubmission({
    user_id: people.ada!.id,
    status: "APPROVED",
    visibility: "PUBLIC",
    payload: { reflection: "public story" },
  });
  await createSubmission({
    user_id: people.ada!.id,
    status: "APPROVED",
    visibility: "PRIVATE",
    payload: { reflection: "private story" },
  });
  await createSubmission({
    user_id: people.ada!.id,
    status: "PENDING",
    visibility: "PUBLIC",
    payload: { reflection: "pending story" },
  });
  await privileged({ system: "test" }, async (tx) => {
    await tx.insert(earned_badges).values({ user_id: people.ada!.id, badge_code: "CENTURY" });
    await anonymiseUser(tx, people.gone!.id, "system:test");
  });
  await refreshLeaderboards({ force: true });
});

const board = (query: string) => call(leaderboardRoute, "GET", `/api/leaderboard${query}`);
const handles = (body: { items: { handle: string }[] }) => body.items.map((item) => item.handle);

describe("GET /api/leaderboard", () => {
  test("all-time: competition ranks with ties, ties by earlier activity; staff, anonymised and zero totals absent", async () => {
    const response = await board("?period=all");
    expect(response.status).toBe(200);
    expect(
      response.body.items.map((i: { handle: string; rank: number; points: number }) => [
        i.handle,
        i.rank,
        i.points,
      ]),
    ).toEqual([
      ["old", 1, 500],
      ["ada", 2, 120],
      ["bea", 3, 80],
      ["cai", 3, 80],
      ["dan", 5, 50],
      ["eve", 6, 20],
    ]);
    expect(response.body).toMatchObject({ period: "all", total: 6, limit: 20, offset: 0 });
    expect(response.headers.get("cache-control")).toContain("public");
  });

  test("30 days: a row 29 days old counts, one 31 days old does not", async () => {
    expect(handles((await board("?period=30d")).body)).toEqual(["ada", "bea", "cai", "dan", "eve"]);
  });

  test("rows carry public columns, public submission counts and badges, never emails or private data", async () => {
    const response = await board("");
    const ada = response.body.items.find((i: { handle: string }) => i.handle === "ada");
    expect(ada).toEqual({
      rank: 2,
      handle: "ada",
      name: "Name ada",
      school: "North School",
      cohort: "2026-A",
      avatarUrl: null,
      points: 120,
      publicSubmissions: 1,
      badges: ["CENTURY"],
      // Inserted directly, without the award path, so it has no credential page yet.
      badgePages: {},
    });
    const text = JSON.stringify(response.body);
    expect(text).not.toMatch(/@example\.test|private story|user_/);
  });

  test("search by name, handle or school; cohort filter; both together", async () => {
    expect(handles((await board("?q=north")).body)).toEqual(["ada", "cai"]);
    expect(handles((await board("?q=NAME%20BE")).body)).toEqual(["bea"]);
    expect(handles((await board("?cohort=2026-B")).body)).toEqual(["bea", "dan"]);
    expect(handles((await board("?q=north&cohort=2026-A&period=30d")).body)).toEqual([
      "ada",
      "cai",
    ]);
    expect((await board("?q=%25")).body.total).toBe(0);
  });

  test("pagination: every offset gives the same rows as a plain OFFSET over the full order", async () => {
    const full = handles((await board("?limit=100")).body);
    for (let offset = 0; offset < full.length; offset++) {
      for (const limit of [1, 2, 3]) {
        const page = await board(`?limit=${limit}&offset=${offset}`);
        expect(handles(page.body), `offset ${offset} limit ${limit}`).toEqual(
          full.slice(offset, offset + limit),
        );
      }
    }
  });

  test("bad parameters → 400", async () => {
    for (const query of ["?period=week", "?limit=0", "?limit=101", "?offset=-1"]) {
      expect((await board(query)).status).toBe(400);
    }
  });
});

describe("GET /api/profiles/<handle>", () => {
  const profile = (handle: string) =>
    call(profileRoute, "GET", `/api/profiles/${handle}`, { params: { handle } });

  test("public columns, fresh points, rank, badges and APPROVED PUBLIC submissions only; never the email", async () => {
    const response = await profile("ada");
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      handle: "ada",
      name: "Name ada",
      points: 120,
      rank: 2,
      school: "North School",
    });
    expect(response.body.badges.map((b: { code: string }) => b.code)).toEqual(["CENTURY"]);
    expect(
      response.body.submissions.map(
        (s: { payload: { reflection: string } }) => s.payload.reflection,
      ),
    ).toEqual(["public story"]);
    expect(JSON.stringify(response.body)).not.toMatch(/@example\.test|private story|pending story/);
  });

  test("unknown and anonymised handles → 404; staff have a profile without a rank", async () => {
    expect((await profile("nobody-here")).status).toBe(404);
    const [gone] = await privileged({ system: "test" }, (tx) =>
      tx.select().from(users).where(eq(users.id, people.gone!.id)),
    );
    expect((await profile(gone!.handle)).status).toBe(404);
    expect((await profile("gone")).status).toBe(404);
    expect((await profile("staff")).body).toMatchObject({ rank: null, points: 999 });
  });
});

describe("GET /api/metrics", () => {
  test("programme aggregates with no person in them", async () => {
    const response = await call(metricsRoute, "GET", "/api/metrics");
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ participants: 7, badgesEarned: 1, storiesShared: 0 });
    expect(response.body.byActivity.map((a: { activity: string }) => a.activity)).toEqual([
      "LEARN",
      "EXPLORE",
      "AMPLIFY",
      "PRESENT",
      "SHINE",
    ]);
    expect(response.body.byActivity[1]).toMatchObject({
      activity: "EXPLORE",
      approved: 2,
      pending: 1,
    });
    expect(response.body.byMonth).toHaveLength(12);
    expect(JSON.stringify(response.body)).not.toMatch(/@example\.test|Name |ada|story/);
  });
});

describe("freshness", () => {
  const refreshCount = async () =>
    (
      await queryRows<{ n: number }>(
        database(),
        "SELECT refresh_count AS n FROM leaderboard_refreshes WHERE id = 1",
      )
    )[0]!.n;

  test("many concurrent ledger writes lead to exactly one refresh, after a quiet period", async () => {
    let clock = 1_000_000;
    const first = new LeaderboardRefresher(() => clock);
    const second = new LeaderboardRefresher(() => clock);
    await first.tick(); // the schedule's first refresh at start-up
    await second.tick();
    const before = await refreshCount();

    await Promise.all(Array.from({ length: 40 }, (_, i) => addPoints(people.dan!.id, 1 + (i % 3))));
    clock += 500;
    expect(await first.tick()).toBe(false); // changes just seen: wait for quiet
    clock += QUIET_MS / 2;
    expect(await first.tick()).toBe(false);
    clock += QUIET_MS;
    const results = await Promise.all([first.tick(), second.tick()]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await refreshCount()).toBe(before + 1);
    clock += QUIET_MS * 2;
    expect(await first.tick()).toBe(false); // nothing new
    expect(await refreshCount()).toBe(before + 1);
    const dan = (await board("?q=Name%20dan")).body.items[0];
    expect(dan.points).toBeGreaterThan(50);
  });

  test("a steady stream of writes still refreshes within the maximum wait", async () => {
    let clock = 5_000_000;
    const refresher = new LeaderboardRefresher(() => clock);
    await refresher.tick();
    const before = await refreshCount();
    let refreshed = false;
    for (let elapsed = 0; elapsed <= MAX_WAIT_MS && !refreshed; elapsed += 1_000) {
      await addPoints(people.eve!.id, 1);
      clock += 1_000;
      refreshed = await refresher.tick();
    }
    expect(refreshed).toBe(true);
    expect(await refreshCount()).toBe(before + 1);
  });

  test("a served page stays as it was until the next refresh, then shows the change", async () => {
    const before = (await board("?q=Name%20bea")).body.items[0].points;
    await addPoints(people.bea!.id, 7);
    expect((await board("?q=Name%20bea")).body.items[0].points).toBe(before);
    await refreshLeaderboards();
    expect((await board("?q=Name%20bea")).body.items[0].points).toBe(before + 7);
  });

  test("a profile shows new points at once (they come from the ledger)", async () => {
    const profile = (handle: string) =>
      call(profileRoute, "GET", `/api/profiles/${handle}`, { params: { handle } });
    const before = (await profile("cai")).body.points;
    await addPoints(people.cai!.id, 3);
    expect((await profile("cai")).body.points).toBe(before + 3);
  });

  test("POST /api/cron/refresh-leaderboards: 503 unconfigured, 401 wrong token, 200 with the secret", async () => {
    const cron = (authorization?: string) =>
      call(cronRoute, "POST", "/api/cron/refresh-leaderboards", {
        headers: authorization ? { authorization } : {},
      });
    expect((await cron("Bearer x")).status).toBe(503);
    process.env.CRON_SECRET = "cron-secret-123";
    try {
      expect((await cron()).status).toBe(401);
      expect((await cron("Bearer wrong")).status).toBe(401);
      const ok = await cron("Bearer cron-secret-123");
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ refreshed: true });
    } finally {
      delete process.env.CRON_SECRET;
    }
  });

  test("a change that credits nothing (a public approval) still marks the leaderboards stale", async () => {
    const before = (await board("?q=Name%20ada")).body.items[0].publicSubmissions;
    await createSubmission({
      user_id: people.ada!.id,
      status: "APPROVED",
      visibility: "PUBLIC",
      payload: {},
    });
    expect(await refreshLeaderboards()).toMatchObject({ refreshed: true });
    expect((await board("?q=Name%20ada")).body.items[0].publicSubmissions).toBe(before + 1);
  });
});
