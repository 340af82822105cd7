/**
 * Kajabi webhook ingestion under load: how many events per second the production server
 * stores and processes, end to end (HTTP, authentication, validation, database, ledger,
 * badges) — signed deliveries (HMAC, the app's body), then Kajabi's native hooks (URL
 * token, JSON:API body) on the same database. `npm run bench:kajabi` runs on a fresh PostgreSQL database
 * (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/leaps_bench_kajabi);
 * `npm run bench:kajabi -- --embedded` on PGlite. Prints a table and writes
 * bench/results/kajabi-ingest[-embedded].json.
 */
import { createHmac, randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { startServer } from "./lib/start-server";
import { freshPostgresDatabase } from "./lib/fresh-postgres-database";

const embedded = process.argv.includes("--embedded");
const SECRET = randomBytes(24).toString("hex");
const TOKEN = randomBytes(32).toString("hex");
const USERS = 2_000;
const DURATION_S = 15;
const CONNECTIONS = 20;
const PORT = 3410;

const seedUsers = `INSERT INTO users (id, handle, name, email)
  SELECT 'user_bench_' || i, 'bench-' || i, 'Bench ' || i, 'bench-' || i || '@example.test'
  FROM generate_series(1, ${USERS}) AS i`;

async function prepare(): Promise<{ env: Record<string, string>; cleanup(): Promise<void> }> {
  if (embedded) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "leaps-bench-"));
    // The server migrates at start; users are seeded after its first start would hold the
    // data directory, so migrate and seed here with the same code path the app uses.
    const { openDatabase } = await import("../src/server/db/open-database");
    const { migrateDatabase } = await import("../src/server/db/migrate-database");
    const database = await openDatabase({
      engine: "pglite",
      dataDir: path.join(dataDir, "pglite"),
    });
    await migrateDatabase(database);
    await (database.client as PGlite).exec(seedUsers);
    await database.close();
    return {
      env: { DATA_DIR: dataDir },
      cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const url =
    process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/leaps_bench_kajabi";
  const { drop } = await freshPostgresDatabase(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(seedUsers);
  await client.end();
  return {
    env: { DATABASE_URL: url },
    cleanup: drop,
  };
}

type Mode = "signed" | "native";

/** A realistic mix: mostly course tags of known users, some unknown emails and other tags. */
function nextEvent(mode: Mode): { body: string; headers: Record<string, string> } {
  const n = 1 + Math.floor(Math.random() * USERS * 1.25);
  const tag = ["elevate-ai-1-completed", "elevate-ai-2-completed", "newsletter"][
    Math.floor(Math.random() * 3)
  ]!;
  const email = `bench-${n}@example.test`;
  if (mode === "native") {
    const body = JSON.stringify({
      id: `hook_${randomBytes(8).toString("hex")}`,
      event: "tag_added",
      payload: [
        {
          id: `c_${n}`,
          type: "contacts",
          attributes: { name: `Bench ${n}`, email, phone_number: null, subscribed: false },
          relationships: { site: { data: { id: "2", type: "sites" } } },
        },
        { id: "7", type: "contact_tags", attributes: { name: tag } },
      ],
    });
    return { body, headers: { "content-type": "application/json" } };
  }
  const body = JSON.stringify({
    event_id: `evt_${randomBytes(8).toString("hex")}`,
    event_type: "contact.tagged",
    created_at: new Date().toISOString(),
    contact: { id: `c_${n}`, email },
    tag: { name: tag },
  });
  const signature = createHmac("sha256", SECRET).update(body).digest("hex");
  return { body, headers: { "content-type": "application/json", "x-kajabi-signature": signature } };
}

async function load(baseUrl: string, mode: Mode) {
  const statuses: Record<string, number> = {};
  const path = mode === "native" ? `/api/kajabi/webhook?token=${TOKEN}` : "/api/kajabi/webhook";
  // Per-request hooks only take effect inside `requests` (autocannon 9).
  const result = await autocannon({
    url: `${baseUrl}${path}`,
    connections: CONNECTIONS,
    duration: DURATION_S,
    requests: [
      {
        method: "POST",
        setupRequest: (request: autocannon.Request) => {
          const { body, headers } = nextEvent(mode);
          return { ...request, method: "POST", body, headers };
        },
        onResponse: (status: number, body: string) => {
          const key =
            status === 200 ? (JSON.parse(body) as { status: string }).status : `http ${status}`;
          statuses[key] = (statuses[key] ?? 0) + 1;
        },
      },
    ],
  });
  return {
    eventsPerSecond: Math.round(result.requests.average),
    totalEvents: result.requests.total,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99 },
    non2xx: result.non2xx,
    errors: result.errors,
    outcomes: statuses,
  };
}

const { env, cleanup } = await prepare();
const server = await startServer(PORT, {
  ...env,
  KAJABI_WEBHOOK_SECRET: SECRET,
  KAJABI_WEBHOOK_TOKEN: TOKEN,
});
try {
  const signed = await load(server.url, "signed");
  const native = await load(server.url, "native");
  const figures = {
    engine: embedded ? "pglite" : "postgres",
    durationSeconds: DURATION_S,
    connections: CONNECTIONS,
    users: USERS,
    ...signed,
    native,
    // The reference machine is shared: a busy one explains low figures.
    loadAverage1m: Number(os.loadavg()[0]!.toFixed(2)),
    measuredAt: new Date().toISOString(),
  };
  console.table(
    Object.fromEntries(
      Object.entries({ signed, native }).map(([mode, run]) => [
        `${figures.engine}, ${mode}`,
        {
          "events/s": run.eventsPerSecond,
          "p50 ms": run.latencyMs.p50,
          "p99 ms": run.latencyMs.p99,
          events: run.totalEvents,
          "non-2xx": run.non2xx,
        },
      ]),
    ),
  );
  console.log("outcomes, signed:", signed.outcomes);
  console.log("outcomes, native:", native.outcomes);
  mkdirSync("bench/results", { recursive: true });
  const file = `bench/results/kajabi-ingest${embedded ? "-embedded" : ""}.json`;
  writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`wrote ${file}`);
} finally {
  await server.stop();
  await cleanup();
}
