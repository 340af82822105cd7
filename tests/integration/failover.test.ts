/**
 * Database failover (issue 17 item 8, docs/decisions/025-processes-and-failover.md): every
 * backend of the app is terminated (pg_terminate_backend) once a second, then every 200 ms,
 * while public reads and admin writes go through the real route handlers. Reads are
 * retried once on a fresh connection and (at a failover's pace) all succeed; writes succeed or answer 503 with Retry-After and
 * leave all of their rows or none; nothing answers 500; the leaderboard refresher
 * recovers by itself. PostgreSQL only (vitest.config.ts leaves it out of the PGlite run):
 * PGlite has no connections to lose.
 */
import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { POST as ledgerRoute } from "../../src/app/api/admin/ledger/route";
import { GET as leaderboardRoute } from "../../src/app/api/leaderboard/route";
import { GET as profileRoute } from "../../src/app/api/profiles/[handle]/route";
import { privileged } from "../../src/server/db/privileged";
import { queryRows } from "../../src/server/db/query-rows";
import { LeaderboardRefresher } from "../../src/server/leaderboard/leaderboard-refresher";
import { refreshLeaderboards } from "../../src/server/leaderboard/refresh-leaderboards";
import { signUp } from "../helpers/accounts";
import { addPoints, createUser, type TestUser } from "../helpers/factories";
import { call } from "../helpers/http";
import { setupTestDatabase } from "../helpers/test-database";

const database = setupTestDatabase();

const READS = 1_024;
const WRITES = 64;
const CONCURRENCY = 8;

describe("PostgreSQL connections dropping under load", () => {
  let admin: { cookie: string };
  let educators: TestUser[];
  let stopRefresher: () => void = () => {};

  beforeAll(async () => {
    admin = await signUp("Ada Admin"); // the first account: SUPERADMIN
    educators = [];
    for (let i = 0; i < 6; i += 1) {
      const educator = await createUser();
      await addPoints(educator.id, 10 * (i + 1));
      educators.push(educator);
    }
    await refreshLeaderboards({ force: true });
    stopRefresher = new LeaderboardRefresher().start(100);
  });

  afterAll(() => stopRefresher());

  test("a managed failover's pace (every backend killed once a second): all reads succeed", async () => {
    const outcome = await runLoad(admin.cookie, educators, 1_000);
    expect(outcome.terminated).toBeGreaterThan(0);
    expect([...outcome.reads]).toEqual([[200, READS]]);
    await expectCleanWrites(outcome.writes);
  });

  test("a flapping database (killed every 200 ms): no 500, reads 200 or 503 + Retry-After", async () => {
    // A read's one retry can itself be killed at this pace; then 503 is the honest answer.
    const outcome = await runLoad(admin.cookie, educators, 200);
    expect(outcome.terminated).toBeGreaterThan(0);
    expect([...outcome.reads.keys()].filter((status) => status !== 200 && status !== 503)).toEqual(
      [],
    );
    expect(outcome.reads.get(200) ?? 0).toBeGreaterThan(READS * 0.9);
    for (const retryAfter of outcome.readRetryAfter) expect(retryAfter).toMatch(/^\d+$/);
    await expectCleanWrites(outcome.writes);
  });

  test("the leaderboard refresher resumes by itself once connections are back", async () => {
    await addPoints(educators[0]!.id, 5);
    const deadline = Date.now() + 20_000;
    let state = await versions();
    while (state.refreshed < state.changes && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      state = await versions();
    }
    expect(state.refreshed).toBe(state.changes);
  });
});

type Write = { reason: string; status: number; retryAfter: string | null };

/** READS public reads and WRITES admin adjustments, CONCURRENCY at a time, while a killer runs. */
async function runLoad(cookie: string, educators: TestUser[], killEveryMs: number) {
  const killer = await startKiller(killEveryMs);
  const reads = new Map<number, number>();
  const readRetryAfter: (string | null)[] = [];
  const writes: Write[] = [];
  const tag = `${killEveryMs}-${Date.now()}`;
  const jobs: (() => Promise<void>)[] = [];
  for (let i = 0; i < READS; i += 1) {
    jobs.push(async () => {
      const educator = educators[i % educators.length]!;
      const response =
        i % 4 === 0
          ? await call(leaderboardRoute, "GET", "/api/leaderboard?period=all")
          : await call(profileRoute, "GET", `/api/profiles/${educator.handle}`, {
              params: { handle: educator.handle },
            });
      reads.set(response.status, (reads.get(response.status) ?? 0) + 1);
      if (response.status !== 200) readRetryAfter.push(response.headers.get("retry-after"));
    });
    if (i % (READS / WRITES) === 0) {
      const reason = `failover write ${tag} ${i}`;
      jobs.push(async () => {
        const response = await call(ledgerRoute, "POST", "/api/admin/ledger", {
          cookie,
          body: {
            userId: educators[i % educators.length]!.id,
            activity: "EXPLORE",
            points: 1,
            reason,
          },
        });
        writes.push({
          reason,
          status: response.status,
          retryAfter: response.headers.get("retry-after"),
        });
      });
    }
  }
  try {
    await runWithConcurrency(jobs, CONCURRENCY);
  } finally {
    await killer.stop();
  }
  const writeCounts = new Map<number, number>();
  for (const write of writes)
    writeCounts.set(write.status, (writeCounts.get(write.status) ?? 0) + 1);
  // The figures for the report (docs/decisions/025-processes-and-failover.md).
  console.info(
    `failover every ${killEveryMs} ms: ${killer.terminated()} backends terminated in ${killer.rounds()} rounds; reads ${JSON.stringify([...reads])}; writes ${JSON.stringify([...writeCounts])}`,
  );
  return { terminated: killer.terminated(), reads, readRetryAfter, writes };
}

/** Writes answer 201 or 503 + Retry-After, and each left its ledger row, context and audit entry together or not at all. */
async function expectCleanWrites(writes: Write[]) {
  for (const write of writes) {
    expect([201, 503]).toContain(write.status);
    if (write.status === 503) expect(write.retryAfter).toMatch(/^\d+$/);
  }
  const rows = await privileged(
    { system: "test" },
    (tx) =>
      queryRows<{ reason: string; ledger: number; audit: number }>(
        tx,
        sql`SELECT r.reason,
                 (SELECT count(*)::int FROM points_ledger_context c WHERE c.context->>'reason' = r.reason) AS ledger,
                 (SELECT count(*)::int FROM audit_log a WHERE a.meta->>'reason' = r.reason) AS audit
          FROM jsonb_array_elements_text(${JSON.stringify(writes.map((write) => write.reason))}::jsonb) AS r(reason)`,
      ),
    // Read-only: retried once if the pool still lends a connection the last round killed.
    { readOnly: true },
  );
  expect(rows).toHaveLength(writes.length);
  for (const write of writes) {
    const row = rows.find((candidate) => candidate.reason === write.reason)!;
    expect(row.ledger).toBe(row.audit);
    expect(row.ledger).toBeLessThanOrEqual(1);
    if (write.status === 201) expect(row.ledger).toBe(1);
  }
}

async function versions(): Promise<{ changes: number; refreshed: number }> {
  const [row] = await privileged(
    { system: "test" },
    (tx) =>
      queryRows<{ changes: string; refreshed: string }>(
        tx,
        sql`SELECT (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM leaderboard_changes)::text AS changes,
                 (SELECT refreshed_version FROM leaderboard_refreshes WHERE id = 1)::text AS refreshed`,
      ),
    { readOnly: true },
  );
  return { changes: Number(row!.changes), refreshed: Number(row!.refreshed) };
}

/** Terminates every other backend of the test database every killEveryMs, on its own connection. */
async function startKiller(killEveryMs: number) {
  const current = database();
  if (current.engine !== "postgres") throw new Error("PostgreSQL only");
  const client = new pg.Client(current.client.options);
  await client.connect();
  let terminated = 0;
  let rounds = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      await new Promise((resolve) => setTimeout(resolve, killEveryMs));
      const { rows } = await client.query<{ count: number }>(
        `SELECT count(*) FILTER (WHERE pg_terminate_backend(pid))::int AS count
         FROM pg_stat_activity
         WHERE datname = current_database() AND pid <> pg_backend_pid()
           AND backend_type = 'client backend'`,
      );
      terminated += rows[0]?.count ?? 0;
      rounds += 1;
    }
  })();
  return {
    terminated: () => terminated,
    rounds: () => rounds,
    async stop() {
      running = false;
      await loop;
      await client.end();
    },
  };
}

async function runWithConcurrency(jobs: (() => Promise<void>)[], concurrency: number) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < jobs.length) await jobs[next++]!();
    }),
  );
}
