/**
 * The admin overview and the audit log at scale: on a fresh PostgreSQL database
 * (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/leaps_bench_analytics)
 * seeds 100,000 educators in 20 cohorts, 300,000 submissions, 1,000,000 ledger rows and
 * 1,000,000 audit rows over a year, then times getAdminAnalytics (the function behind
 * /admin and GET /api/admin/analytics) and listAuditEntries (first and a later page),
 * each the median of five runs. `npm run bench:analytics`; writes
 * bench/results/admin-analytics.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { freshPostgresDatabase } from "./lib/fresh-postgres-database";

const USERS = 100_000;
const SUBMISSIONS = 300_000;
const LEDGER_ROWS = 1_000_000;
const AUDIT_ROWS = 1_000_000;
const url =
  process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/leaps_bench_analytics";
const YEAR_START = "timestamptz '2025-07-01 00:00:00+00'";

const seed = [
  `INSERT INTO users (id, handle, name, email, cohort)
    SELECT 'user_bench_' || i, 'bench-' || i, 'Bench Educator ' || i,
      'bench-' || i || '@example.test', CASE WHEN i % 21 = 0 THEN NULL ELSE 'cohort-' || (i % 20) END
    FROM generate_series(1, ${USERS}) AS i`,
  `INSERT INTO submissions (user_id, activity_code, status, payload, attachments, created_at, updated_at)
    SELECT 'user_bench_' || (1 + i % ${USERS}),
      (ARRAY['LEARN','EXPLORE','AMPLIFY','PRESENT','SHINE'])[1 + i % 5],
      (ARRAY['PENDING','APPROVED','APPROVED','REJECTED']::"SubmissionStatus"[])[1 + i % 4], '{}', '[]',
      ${YEAR_START} + (i * 105) * interval '1 second',
      ${YEAR_START} + (i * 105 + (i % 97) * 3600) * interval '1 second'
    FROM generate_series(1, ${SUBMISSIONS}) AS i`,
  `INSERT INTO points_ledger (user_id, activity_code, source, delta_points, external_source,
      external_event_id, created_at)
    SELECT 'user_bench_' || (1 + i % ${USERS}),
      (ARRAY['LEARN','EXPLORE','AMPLIFY','PRESENT','SHINE'])[1 + i % 5], 'MANUAL', 10, 'admin',
      'manual:bench-' || i, ${YEAR_START} + (i * 31) * interval '1 second'
    FROM generate_series(1, ${LEDGER_ROWS}) AS i`,
  `INSERT INTO audit_log (actor_id, action, target_id, meta, created_at)
    SELECT 'user_bench_' || (1 + i % 50),
      (ARRAY['submission.approved','submission.rejected','user.admin_update'])[1 + i % 3],
      'user_bench_' || (1 + i % ${USERS}), '{}', ${YEAR_START} + (i / 2) * interval '31 seconds'
    FROM generate_series(1, ${AUDIT_ROWS}) AS i`,
  "ANALYZE",
];

async function median(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return Math.round(times.sort((a, b) => a - b)[2]!);
}

async function main() {
  const { drop } = await freshPostgresDatabase(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  for (const statement of seed) await client.query(statement);
  const seedSeconds = (performance.now() - started) / 1000;
  console.log(`seeded in ${seedSeconds.toFixed(1)} s`);
  await client.query("UPDATE users SET role = 'ADMIN' WHERE id = 'user_bench_1'");
  await client.end();

  process.env.DATABASE_URL = url;
  const { getAdminAnalytics } = await import("../src/server/analytics/get-admin-analytics");
  const { analyticsFilters } = await import("../src/server/analytics/analytics-filters");
  const { listAuditEntries, listAuditInput } =
    await import("../src/server/audit/list-audit-entries");
  const { privileged } = await import("../src/server/db/privileged");
  const { users } = await import("../src/server/db/schema");
  const { eq } = await import("drizzle-orm");
  const { closeDatabase } = await import("../src/server/db/get-database");
  const [admin] = await privileged({ system: "bench" }, (tx) =>
    tx.select().from(users).where(eq(users.id, "user_bench_1")),
  );
  const analytics = (query: Record<string, string>) =>
    getAdminAnalytics(admin!, analyticsFilters.parse(query));
  const audit = (query: Record<string, string>) =>
    listAuditEntries(admin!, listAuditInput.parse(query));
  const later = (await audit({ limit: "50", action: "submission.approved" })).nextCursor!;
  const results = {
    seeded: {
      users: USERS,
      submissions: SUBMISSIONS,
      ledgerRows: LEDGER_ROWS,
      auditRows: AUDIT_ROWS,
    },
    ms: {
      analytics12Weeks: await median(() => analytics({ from: "2026-04-01", to: "2026-06-23" })),
      analytics12WeeksOneCohort: await median(() =>
        analytics({ from: "2026-04-01", to: "2026-06-23", cohort: "cohort-7" }),
      ),
      analyticsWholeYear: await median(() => analytics({ from: "2025-07-01", to: "2026-06-30" })),
      auditFirstPage: await median(() => audit({ limit: "50" })),
      auditByActionSecondPage: await median(() =>
        audit({ limit: "50", action: "submission.approved", cursor: later }),
      ),
      auditByActorAndDates: await median(() =>
        audit({ limit: "50", actor: "bench-7", from: "2026-01-01", to: "2026-01-31" }),
      ),
    },
  };
  console.log(JSON.stringify(results, null, 2));
  mkdirSync(path.join("bench", "results"), { recursive: true });
  writeFileSync(
    path.join("bench", "results", "admin-analytics.json"),
    JSON.stringify(results, null, 2),
  );
  await closeDatabase();
  await drop();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
