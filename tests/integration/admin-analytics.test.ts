/**
 * The admin overview's numbers (docs/product.md §15): GET /api/admin/analytics against
 * naive direct SQL over a seeded programme — week by week, with and without a cohort —
 * its filters' validation, and who may read it.
 */
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { GET as analyticsRoute } from "../../src/app/api/admin/analytics/route";
import { privileged } from "../../src/server/db/privileged";
import { queryRows } from "../../src/server/db/query-rows";
import { users, type Role } from "../../src/server/db/schema";
import { signUp } from "../helpers/accounts";
import { seedProgrammeSpread } from "../helpers/factories";
import { call } from "../helpers/http";
import { setupTestDatabase } from "../helpers/test-database";

setupTestDatabase();

const SYSTEM = { system: "test" } as const;
const END = new Date("2026-06-30T18:00:00Z");
const FROM = "2026-04-08"; // a Wednesday: the first week is partial
const TO = "2026-06-30";
const DAY = 86_400_000;

let reviewer: string;
let participant: string;
let admin: string;

async function account(name: string, role: Role) {
  const { user, cookie } = await signUp(name);
  if (user.role !== role) {
    await privileged(SYSTEM, (tx) => tx.update(users).set({ role }).where(eq(users.id, user.id)));
  }
  return cookie;
}

const get = (query: string, cookie: string | undefined = reviewer) =>
  call(analyticsRoute, "GET", `/api/admin/analytics${query}`, { cookie });

beforeAll(async () => {
  await account("Sue Super", "SUPERADMIN");
  admin = await account("Adam Admin", "ADMIN");
  reviewer = await account("Rita Reviewer", "REVIEWER");
  participant = await account("Pat Participant", "PARTICIPANT");
  await seedProgrammeSpread({
    seed: 13,
    educators: 60,
    cohorts: ["2026-A", "2026-A", "2026-B", "2026-C", null],
    end: END,
    days: 120,
  });
});

/** One number by the most literal query there is, over [from, to) instants. */
async function count(query: ReturnType<typeof sql>): Promise<number> {
  const [row] = await privileged(SYSTEM, (tx) => queryRows<{ n: number }>(tx, query));
  return Number(row?.n ?? 0);
}

function expectedWeeks(from: string, to: string) {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`) + DAY;
  const monday = start - ((new Date(start).getUTCDay() + 6) % 7) * DAY;
  const weeks: { week: string; ws: Date; we: Date }[] = [];
  for (let w = monday; w < end; w += 7 * DAY) {
    weeks.push({
      week: new Date(w).toISOString().slice(0, 10),
      ws: new Date(Math.max(w, start)),
      we: new Date(Math.min(w + 7 * DAY, end)),
    });
  }
  return { weeks, start: new Date(start), end: new Date(end) };
}

/** percentile_cont: linear interpolation between the closest ranks. */
function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = p * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

async function expected(cohort: string | null) {
  const { weeks, start, end } = expectedWeeks(FROM, TO);
  const own = (column: string) =>
    cohort === null
      ? sql`true`
      : sql`${sql.raw(column)} IN (SELECT id FROM users WHERE cohort = ${cohort})`;
  const rows = [];
  for (const { week, ws, we } of weeks) {
    const created = (status: string) =>
      count(sql`SELECT count(*) AS n FROM submissions WHERE status = ${status}
        AND created_at >= ${ws.toISOString()}::timestamptz AND created_at < ${we.toISOString()}::timestamptz AND ${own("user_id")}`);
    rows.push({
      week,
      pending: await created("PENDING"),
      approved: await created("APPROVED"),
      rejected: await created("REJECTED"),
      reviewed: await count(sql`SELECT count(*) AS n FROM submissions WHERE status <> 'PENDING'
        AND updated_at >= ${ws.toISOString()}::timestamptz AND updated_at < ${we.toISOString()}::timestamptz AND ${own("user_id")}`),
      backlog:
        await count(sql`SELECT count(*) AS n FROM submissions WHERE created_at < ${we.toISOString()}::timestamptz
        AND (status = 'PENDING' OR updated_at >= ${we.toISOString()}::timestamptz) AND ${own("user_id")}`),
      activeEducators: await count(sql`SELECT count(DISTINCT user_id) AS n FROM (
          SELECT user_id, created_at FROM submissions UNION ALL SELECT user_id, created_at FROM points_ledger) a
        WHERE created_at >= ${ws.toISOString()}::timestamptz AND created_at < ${we.toISOString()}::timestamptz AND ${own("user_id")}`),
    });
  }
  const durations = await privileged(SYSTEM, (tx) =>
    queryRows<{ s: number }>(
      tx,
      sql`SELECT extract(epoch FROM updated_at - created_at)::float8 AS s FROM submissions
           WHERE status <> 'PENDING' AND updated_at >= ${start.toISOString()}::timestamptz
             AND updated_at < ${end.toISOString()}::timestamptz AND ${own("user_id")}`,
    ),
  );
  const sorted = durations.map((row) => Number(row.s)).sort((a, b) => a - b);
  const hours = (p: number) => {
    const value = percentile(sorted, p);
    return value === null ? null : Math.round((value / 3600) * 10) / 10;
  };
  const inRange = (column = "created_at") =>
    sql`${sql.raw(column)} >= ${start.toISOString()}::timestamptz AND ${sql.raw(column)} < ${end.toISOString()}::timestamptz AND ${own("user_id")}`;
  const byActivity = await privileged(SYSTEM, (tx) =>
    queryRows<{ activity: string; points: number }>(
      tx,
      sql`SELECT activity_code AS activity, sum(delta_points)::int AS points FROM points_ledger
           WHERE ${inRange()} GROUP BY 1`,
    ),
  );
  return {
    weeks: rows,
    timeToReview: { reviewed: sorted.length, medianHours: hours(0.5), p90Hours: hours(0.9) },
    totals: {
      submissions: await count(sql`SELECT count(*) AS n FROM submissions WHERE ${inRange()}`),
      approved: await count(
        sql`SELECT count(*) AS n FROM submissions WHERE status = 'APPROVED' AND ${inRange()}`,
      ),
      points: await count(sql`SELECT sum(delta_points) AS n FROM points_ledger WHERE ${inRange()}`),
      activeEducators: await count(sql`SELECT count(DISTINCT user_id) AS n FROM (
          SELECT user_id, created_at FROM submissions UNION ALL SELECT user_id, created_at FROM points_ledger) a
          WHERE ${inRange()}`),
      pendingNow: await count(
        sql`SELECT count(*) AS n FROM submissions WHERE status = 'PENDING' AND ${own("user_id")}`,
      ),
    },
    points: Object.fromEntries(byActivity.map((row) => [row.activity, row.points])),
  };
}

describe("GET /api/admin/analytics", () => {
  test.each([null, "2026-A"])("equals direct SQL over the seeded data (cohort %s)", async (c) => {
    const response = await get(`?from=${FROM}&to=${TO}${c ? `&cohort=${c}` : ""}`);
    expect(response.status).toBe(200);
    const want = await expected(c);
    expect(response.body.filters).toEqual({ from: FROM, to: TO, cohort: c });
    expect(response.body.weeks).toEqual(want.weeks);
    expect(response.body.totals).toEqual(want.totals);
    expect(response.body.timeToReview).toEqual(want.timeToReview);
    expect(want.totals.submissions).toBeGreaterThan(20); // the seed is not trivially empty
    expect(want.weeks.some((week) => week.backlog > 0)).toBe(true);
    for (const row of response.body.pointsByActivity) {
      expect(row.points).toBe(want.points[row.activity] ?? 0);
    }
    expect(response.body.pointsByActivity.map((row: { activity: string }) => row.activity)).toEqual(
      ["LEARN", "EXPLORE", "AMPLIFY", "PRESENT", "SHINE"],
    );
  });

  test("cohorts side by side add up to the whole programme", async () => {
    const all = (await get(`?from=${FROM}&to=${TO}`)).body;
    const cohorts = all.cohorts as { cohort: string | null; submissions: number; points: number }[];
    expect(cohorts.map((row) => row.cohort)).toContain(null);
    expect(cohorts[0]!.cohort).toBe("2026-A"); // the largest first
    const sum = (key: "submissions" | "points") => cohorts.reduce((s, row) => s + row[key], 0);
    expect(sum("submissions")).toBe(all.totals.submissions);
    expect(sum("points")).toBe(all.totals.points);
    const b = (await get(`?from=${FROM}&to=${TO}&cohort=2026-B`)).body;
    expect(b.cohorts).toEqual([cohorts.find((row) => row.cohort === "2026-B")]);
    expect(b.totals.submissions).toBe(b.cohorts[0].submissions);
    expect(all.cohortNames).toEqual(["2026-A", "2026-B", "2026-C"]);
  });

  test("without dates: the last twelve weeks, today included", async () => {
    const response = await get("");
    expect(response.status).toBe(200);
    const today = new Date().toISOString().slice(0, 10);
    expect(response.body.filters.to).toBe(today);
    expect(Date.parse(today) - Date.parse(response.body.filters.from)).toBe(83 * DAY);
  });

  test.each([
    ["?from=2026-13-01", "from"],
    ["?from=2026-06-30&to=2026-06-01", "from"],
    ["?from=2020-01-01&to=2026-01-01", "to"],
    ["?cohort=" + "x".repeat(101), "cohort"],
    ["?colour=blue", ""],
  ])("%s is a 400 naming the field", async (query, field) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("VALIDATION_FAILED");
    if (field) expect(JSON.stringify(response.body.error.details)).toContain(field);
  });

  test("reviewers and admins may read it; participants get 403, visitors 401", async () => {
    expect((await get("", admin)).status).toBe(200);
    expect((await get("", participant)).status).toBe(403);
    expect((await get("", "")).status).toBe(401);
  });
});
