/**
 * Mail outbox figures (docs/product.md §13), through real SMTP to a listener on this machine
 * (tests/helpers/smtp-peer.ts):
 *   throughput  MESSAGES queued at once, delivered by two worker instances sharing the outbox
 *               (sendDueMail in parallel, as two app instances would) → messages/s
 *   latency     APPROVALS reviews, one every 50 ms, with the worker running as the server runs
 *               it (startMailWorker, polling every MAIL_POLL_MS); for each, the time from the
 *               review's commit to the listener accepting its outcome mail → p50/p99
 * `npm run bench:mail` on a fresh PostgreSQL database (BENCH_MAIL_DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/leaps_bench_mail); `-- --embedded` on PGlite. `npm run
 * bench` runs it too (after the public face). Writes bench/results/mail[-embedded].json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { startSmtpPeer } from "../tests/helpers/smtp-peer";
import { freshPostgresDatabase } from "./lib/fresh-postgres-database";

const MESSAGES = Number(process.env.BENCH_MAIL_MESSAGES ?? 2_000);
const APPROVALS = Number(process.env.BENCH_MAIL_APPROVALS ?? 200);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function runMailBenchmark(embedded: boolean) {
  const peer = await startSmtpPeer();
  process.env.SMTP_URL = peer.url;
  process.env.APP_URL ??= "http://localhost:3000";
  process.env.LOG_LEVEL ??= "warn";
  let cleanup: () => Promise<void>;
  let url: string | undefined;
  let dataDir: string | undefined;
  if (embedded) {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "leaps-bench-mail-"));
    cleanup = async () => rmSync(dataDir!, { recursive: true, force: true });
  } else {
    url =
      process.env.BENCH_MAIL_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/leaps_bench_mail";
    cleanup = (await freshPostgresDatabase(url)).drop;
  }
  // The app's modules load after the environment is set.
  const { sql } = await import("drizzle-orm");
  const { openDatabase } = await import("../src/server/db/open-database");
  const { migrateDatabase } = await import("../src/server/db/migrate-database");
  const { setDatabase, closeDatabase } = await import("../src/server/db/get-database");
  const { privileged } = await import("../src/server/db/privileged");
  const { queryRows } = await import("../src/server/db/query-rows");
  const { users } = await import("../src/server/db/schema");
  const { enqueueMail } = await import("../src/server/mail/enqueue-mail");
  const { renderMail } = await import("../src/server/mail/mail-layout");
  const { sendDueMail } = await import("../src/server/mail/send-due-mail");
  const { startMailWorker, MAIL_POLL_MS } = await import("../src/server/mail/mail-worker");
  const { closeSmtpTransports } = await import("../src/server/mail/smtp-transport");
  const { reviewSubmission } = await import("../src/server/review/review-submission");

  const database = embedded
    ? await openDatabase({ engine: "pglite", dataDir: path.join(dataDir!, "pglite") })
    : await openDatabase({ engine: "postgres", url: url!, poolMax: 10 });
  if (embedded) await migrateDatabase(database);
  setDatabase(database);
  try {
    // Throughput: a backlog (what an outage leaves behind) drained by two workers.
    const template = {
      name: "bench",
      category: "account" as const,
      render: (data: { n: number }, context: Parameters<typeof renderMail>[1]) =>
        renderMail(
          {
            subject: `Bench message ${data.n}`,
            name: "Bench",
            paragraphs: ["A message of typical length for this programme's notifications."],
            action: { label: "Open", url: `${context.appUrl}/dashboard` },
            footer: "Benchmark.",
          },
          context,
        ),
    };
    await privileged({ system: "bench" }, async (tx) => {
      for (let n = 0; n < MESSAGES; n++)
        await enqueueMail(
          tx,
          template,
          { n },
          { userId: null, to: `bulk-${n}@example.test`, locale: "en" },
        );
    });
    const started = performance.now();
    const worker = async () => {
      while ((await sendDueMail({ limit: 20 })).claimed > 0);
    };
    await Promise.all([worker(), worker()]);
    await peer.waitFor(() => peer.messages.length >= MESSAGES, 60_000);
    const throughputSeconds = (performance.now() - started) / 1000;
    const perSecond = Math.round(MESSAGES / throughputSeconds);
    console.log(
      `outbox throughput: ${MESSAGES} messages in ${throughputSeconds.toFixed(2)} s = ${perSecond} messages/s`,
    );

    // Latency: approvals while the worker runs as in the server.
    await queryRows(
      database,
      sql`INSERT INTO users (id, handle, name, email, role) VALUES ('bench_reviewer', 'bench-reviewer', 'Bench Reviewer', 'reviewer@example.test', 'ADMIN')`,
    );
    await queryRows(
      database,
      sql`INSERT INTO users (id, handle, name, email)
          SELECT 'bench_edu_' || i, 'bench-edu-' || i, 'Educator ' || i, 'edu-' || i || '@example.test'
          FROM generate_series(1, ${APPROVALS}) AS i`,
    );
    const submissions = await queryRows<{ id: string; user_id: string; version: string }>(
      database,
      sql`INSERT INTO submissions (user_id, activity_code, payload, attachments)
          SELECT 'bench_edu_' || i, 'SHINE', '{"ideaTitle":"AI tutor","ideaSummary":"An idea summary long enough to count as one."}'::jsonb, '[]'::jsonb
          FROM generate_series(1, ${APPROVALS}) AS i
          RETURNING id, user_id, to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS version`,
    );
    const [reviewer] = await privileged({ system: "bench" }, (tx) =>
      tx
        .select()
        .from(users)
        .where(sql`${users.id} = 'bench_reviewer'`),
    );
    const stop = startMailWorker();
    const committed = new Map<string, number>();
    const reviews: Promise<void>[] = [];
    for (const submission of submissions) {
      reviews.push(
        reviewSubmission(reviewer!, submission.id, {
          action: "approve",
          version: submission.version,
        }).then(() => {
          committed.set(
            `edu-${submission.user_id.slice("bench_edu_".length)}@example.test`,
            Date.now(),
          );
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await Promise.all(reviews);
    await peer.waitFor(() => peer.messages.length >= MESSAGES + APPROVALS, 60_000);
    stop();
    const delays = peer.messages
      .filter((mail) => committed.has(mail.to))
      .map((mail) => mail.receivedAt.getTime() - committed.get(mail.to)!)
      .sort((a, b) => a - b);
    const p50 = percentile(delays, 50);
    const p99 = percentile(delays, 99);
    console.log(
      `approval commit → mail accepted (${delays.length} approvals, worker polling every ${MAIL_POLL_MS} ms): p50 ${p50} ms, p99 ${p99} ms`,
    );
    const results = {
      engine: embedded ? "pglite" : "postgres",
      measuredAt: new Date().toISOString(),
      machine: { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30) },
      throughput: {
        messages: MESSAGES,
        workers: 2,
        seconds: Number(throughputSeconds.toFixed(2)),
        messagesPerSecond: perSecond,
      },
      approvalToAccepted: {
        approvals: delays.length,
        pollMs: MAIL_POLL_MS,
        p50Ms: p50,
        p99Ms: p99,
      },
    };
    mkdirSync("bench/results", { recursive: true });
    const file = `bench/results/mail${embedded ? "-embedded" : ""}.json`;
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`wrote ${file}`);
    return results;
  } finally {
    closeSmtpTransports();
    await closeDatabase();
    await peer.stop();
    await cleanup();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await runMailBenchmark(process.argv.includes("--embedded"));
}
