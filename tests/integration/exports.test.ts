/** CSV exports: headers, quoting, the formula guard, filters, roles, audit and batching. */
import { parse } from "csv-parse/sync";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { GET as exportRoute } from "../../src/app/api/admin/exports/[file]/route";
import { privileged } from "../../src/server/db/privileged";
import { queryRows } from "../../src/server/db/query-rows";
import { audit_log, users, type Role } from "../../src/server/db/schema";
import { refreshLeaderboards } from "../../src/server/leaderboard/refresh-leaderboards";
import { signUp } from "../helpers/accounts";
import { addPoints, createSubmission, createUser } from "../helpers/factories";
import { BASE_URL } from "../helpers/http";
import { setupTestDatabase } from "../helpers/test-database";

setupTestDatabase();

const SYSTEM = { system: "test" } as const;
const FORMULA_NAME = '=HYPERLINK("http://x")';
const AWKWARD_NAME = 'Bu Ratna "Guru Hebat", S.Pd.\nSDN 3 Tanjungpinang';
const AWKWARD_SCHOOL =
  "Sekolah Menengah Pertama Negeri 1 Cimahi — Jawa Barat, Pelajaran Bahasa Indonesia";

let admin: string;
let reviewer: string;
let participant: string;

async function account(name: string, role: Role) {
  const { user, cookie } = await signUp(name);
  if (user.role !== role) {
    await privileged(SYSTEM, (tx) => tx.update(users).set({ role }).where(eq(users.id, user.id)));
  }
  return cookie;
}

async function download(file: string, cookie: string | null, query = "") {
  const request = new Request(`${BASE_URL}/api/admin/exports/${file}${query}`, {
    headers: cookie ? { cookie } : {},
  });
  const response = await exportRoute(request, { params: Promise.resolve({ file }) });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { response, bytes, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes) };
}

async function records(file: string, query = ""): Promise<Record<string, string>[]> {
  const { response, text } = await download(file, admin, query);
  expect(response.status).toBe(200);
  return parse(text, { bom: true, columns: true });
}

const exportAudits = () =>
  privileged(SYSTEM, (tx) =>
    tx.select().from(audit_log).where(eq(audit_log.action, "export.downloaded")),
  );

let formulaUser: { id: string; handle: string };
let awkwardUser: { id: string; handle: string };

beforeAll(async () => {
  await account("Sue Super", "SUPERADMIN"); // the first account is the bootstrap SUPERADMIN
  admin = await account("Adam Admin", "ADMIN");
  reviewer = await account("Rita Reviewer", "REVIEWER");
  participant = await account("Pat Participant", "PARTICIPANT");
  formulaUser = await createUser({ name: FORMULA_NAME, cohort: "2026-spring" });
  awkwardUser = await createUser({
    name: AWKWARD_NAME,
    school: AWKWARD_SCHOOL,
    cohort: "2026-autumn",
  });
  await createSubmission({ user_id: formulaUser.id, activity_code: "EXPLORE", status: "PENDING" });
  await createSubmission({ user_id: awkwardUser.id, activity_code: "AMPLIFY", status: "APPROVED" });
  await addPoints(formulaUser.id, 10, {
    activity: "LEARN",
    createdAt: new Date("2026-01-15T10:00:00Z"),
  });
  await addPoints(awkwardUser.id, 20, {
    activity: "EXPLORE",
    createdAt: new Date("2026-02-15T10:00:00Z"),
  });
  await refreshLeaderboards({ force: true });
});

describe("GET /api/admin/exports/<kind>.csv", () => {
  test.each(["submissions", "users", "leaderboard", "points", "audit"])(
    "%s: 401 signed out, 403 for reviewers and participants",
    async (kind) => {
      expect((await download(`${kind}.csv`, null)).response.status).toBe(401);
      expect((await download(`${kind}.csv`, reviewer)).response.status).toBe(403);
      expect((await download(`${kind}.csv`, participant)).response.status).toBe(403);
    },
  );

  test.each([
    ["submissions", "id,created_at,user_handle,user_name,user_email,cohort,activity,status"],
    ["users", "id,handle,name,email,role,school,cohort,created_at,total_points"],
    ["leaderboard", "rank,handle,name,school,cohort,points,public_submissions,last_activity"],
    ["points", "id,created_at,user_handle,activity,delta,source,external_source,external_event_id"],
    ["audit", "id,created_at,actor_handle,action,target_id,meta"],
  ])(
    "%s: CSV with a BOM, a header row, a download name and one audit row",
    async (kind, header) => {
      const before = (await exportAudits()).length;
      const { response, bytes, text } = await download(`${kind}.csv`, admin, "?from=2020-01-01");
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(response.headers.get("content-disposition")).toMatch(
        new RegExp(`^attachment; filename="leaps-${kind}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`),
      );
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(text.startsWith(`\ufeff${header}`)).toBe(true);
      const audits = await exportAudits();
      expect(audits).toHaveLength(before + 1);
      expect(audits.at(-1)!.meta).toMatchObject({ kind, filters: { from: "2020-01-01" } });
    },
  );

  test("a formula-like name is exported with a leading apostrophe", async () => {
    const row = (await records("users.csv")).find((r) => r.id === formulaUser.id)!;
    expect(row.name).toBe(`'${FORMULA_NAME}`);
    const submission = (await records("submissions.csv")).find(
      (r) => r.user_handle === formulaUser.handle,
    )!;
    expect(submission.user_name).toBe(`'${FORMULA_NAME}`);
  });

  test("quotes, commas, newlines and Indonesian text round-trip; negative numbers stay numbers", async () => {
    const row = (await records("users.csv")).find((r) => r.id === awkwardUser.id)!;
    expect(row.name).toBe(AWKWARD_NAME);
    expect(row.school).toBe(AWKWARD_SCHOOL);
    await addPoints(awkwardUser.id, -5, { createdAt: new Date("2026-03-01T00:00:00Z") });
    const points = await records("points.csv", "?from=2026-03-01&to=2026-03-01");
    expect(points.map((p) => p.delta)).toEqual(["-5"]);
  });

  test("filters: date range, cohort, activity, status, role, period", async () => {
    const handles = (rows: Record<string, string>[], column = "user_handle") =>
      rows.map((r) => r[column]);
    expect(handles(await records("points.csv", "?from=2026-01-01&to=2026-01-31"))).toEqual([
      formulaUser.handle,
    ]);
    expect(handles(await records("points.csv", "?activity=explore&to=2026-02-28"))).toEqual([
      awkwardUser.handle,
    ]);
    expect(handles(await records("submissions.csv", "?status=APPROVED"))).toEqual([
      awkwardUser.handle,
    ]);
    expect(
      handles(await records("submissions.csv", "?cohort=2026-spring&activity=EXPLORE")),
    ).toEqual([formulaUser.handle]);
    expect(handles(await records("submissions.csv", "?q=cimahi"))).toEqual([awkwardUser.handle]);
    expect(handles(await records("users.csv", "?cohort=2026-autumn"), "handle")).toEqual([
      awkwardUser.handle,
    ]);
    expect(handles(await records("users.csv", "?role=REVIEWER&cohort="), "name")).toEqual([
      "Rita Reviewer",
    ]);
    const board = await records("leaderboard.csv", "?cohort=2026-autumn&period=all");
    expect(board.map((r) => [r.handle, r.points])).toEqual([[awkwardUser.handle, "20"]]);
    expect(
      handles(await records("audit.csv", "?action=export.downloaded"), "action").length,
    ).toBeGreaterThan(0);
  });

  test.each([
    ["points.csv", "?from=yesterday"],
    ["submissions.csv", "?status=MAYBE"],
    ["users.csv", "?role=KING"],
    ["leaderboard.csv", "?period=7d"],
    ["audit.csv", "?from=2026-02-01&to=2026-01-01"],
    ["points.csv", "?unknown=1"],
  ])("%s%s is a 400 with the API's error shape and no audit row", async (file, query) => {
    const before = (await exportAudits()).length;
    const { response, text } = await download(file, admin, query);
    expect(response.status).toBe(400);
    expect(JSON.parse(text).error.code).toBe("VALIDATION_FAILED");
    expect(await exportAudits()).toHaveLength(before);
  });

  test("an unknown export is a 404", async () => {
    expect((await download("secrets.csv", admin)).response.status).toBe(404);
    expect((await download("points.json", admin)).response.status).toBe(404);
  });
});

describe("batching", () => {
  test("2,500 ledger rows all arrive exactly once, in id order", async () => {
    const educator = await createUser({ cohort: "batch-cohort" });
    await privileged(SYSTEM, (tx) =>
      tx.execute(sql`INSERT INTO points_ledger (user_id, activity_code, source, delta_points, created_at)
        SELECT ${educator.id}, 'LEARN', 'MANUAL', g, timestamptz '2025-06-01 00:00:00+00' + (g / 3) * interval '1 second'
        FROM generate_series(1, 2500) AS g`),
    );
    const expected = await privileged(SYSTEM, (tx) =>
      queryRows<{ id: string }>(
        tx,
        sql`SELECT id FROM points_ledger WHERE user_id = ${educator.id} ORDER BY id`,
      ),
    );
    const rows = await records("points.csv", "?cohort=batch-cohort");
    expect(rows.map((r) => r.id)).toEqual(expected.map((r) => r.id));
    expect(new Set(rows.map((r) => r.delta)).size).toBe(2500);
  });
});
