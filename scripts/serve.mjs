#!/usr/bin/env node
// The production server (`npm start`; docs/decisions/025-processes-and-failover.md).
//
// - One worker per core (node:cluster, all on one port) with PostgreSQL; WEB_CONCURRENCY
//   overrides the count. PGlite is one process: its data directory cannot be opened twice,
//   so WEB_CONCURRENCY > 1 without DATABASE_URL is refused.
// - Each worker runs Next.js's request handler in its own HTTP server. It listens at once
//   and answers 503 (liveness 200) until Next.js has started and migrated.
// - SIGTERM/SIGINT: stop accepting, let in-flight requests finish (SHUTDOWN_TIMEOUT_MS,
//   default 10 s, then cut), stop the background jobs, close the database pool, exit 0.
// - A worker that dies is replaced (after a second, so a crash loop does not spin).
//
// Plain JavaScript so production needs no TypeScript runner. The app side of the
// lifecycle is src/server/lifecycle/server-lifecycle.ts (shared through globalThis).
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import path from "node:path";

// As `next start` does: the production build, production behaviour (Secure cookies etc.).
process.env.NODE_ENV ??= "production";

const args = process.argv.slice(2);
const argValue = (...names) => {
  const index = args.findIndex((arg) => names.includes(arg));
  return index >= 0 ? args[index + 1] : undefined;
};
const port = Number(argValue("-p", "--port") ?? process.env.PORT ?? 3000);
const hostname = argValue("-H", "--hostname") ?? "0.0.0.0";
const shutdownTimeoutMs = positiveInt("SHUTDOWN_TIMEOUT_MS") ?? 10_000;

function positiveInt(name) {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    log("error", "serve.config", { message: `${name} must be a whole number of at least 1` });
    process.exit(1);
  }
  return value;
}

function log(level, event, fields = {}) {
  if (process.env.LOG_LEVEL === "silent") return;
  if (level === "info" && process.env.LOG_LEVEL === "error") return;
  const line = JSON.stringify({
    level,
    event,
    time: new Date().toISOString(),
    pid: process.pid,
    ...fields,
  });
  (level === "info" ? process.stdout : process.stderr).write(`${line}\n`);
}

function workerCount() {
  const requested = positiveInt("WEB_CONCURRENCY");
  if (!process.env.DATABASE_URL) {
    if (requested !== undefined && requested > 1) {
      log("error", "serve.refused", {
        message:
          "WEB_CONCURRENCY > 1 needs PostgreSQL (DATABASE_URL): the embedded PGlite database can be opened by one process only. Unset WEB_CONCURRENCY or set DATABASE_URL.",
      });
      process.exit(1);
    }
    return 1;
  }
  return requested ?? os.availableParallelism();
}

if (cluster.isPrimary) {
  const count = workerCount();
  if (count === 1) await serve();
  else supervise(count);
} else {
  await serve();
}

/** The primary: forks the workers, replaces any that die, stops them all on a signal. */
function supervise(count) {
  log("info", "serve.cluster", { workers: count, port });
  let stopping = false;
  let failed = false;
  for (let i = 0; i < count; i += 1) cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (code !== 0) failed = true;
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(failed ? 1 : 0);
      return;
    }
    log("error", "serve.worker-died", { worker: worker.process.pid, code, signal });
    setTimeout(() => {
      if (!stopping) cluster.fork();
    }, 1_000).unref();
  });
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    log("info", "serve.stopping", { signal });
    const workers = Object.values(cluster.workers ?? {});
    if (workers.length === 0) process.exit(0);
    for (const worker of workers) worker?.process.kill("SIGTERM");
    // Workers cut their own requests at the timeout; this only guards against a hang.
    setTimeout(() => {
      log("error", "serve.kill", { message: "workers did not stop in time" });
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGKILL");
      process.exit(1);
    }, shutdownTimeoutMs + 5_000).unref();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

/** One server process: Next.js's handler behind an HTTP server that drains on a signal. */
async function serve() {
  const lifecycle = { state: "starting", onShutdown: [] };
  globalThis.__leapsServer = lifecycle;
  let handle;
  let inFlight = 0;
  const server = http.createServer((request, response) => {
    inFlight += 1;
    response.once("close", () => {
      inFlight -= 1;
    });
    // Draining: answer, then close the connection rather than keep it alive.
    if (lifecycle.state === "stopping") response.setHeader("Connection", "close");
    if (handle) return void handle(request, response);
    const live = /^\/api\/health\?(.*&)?probe=live(&|$)/.test(request.url ?? "");
    response.writeHead(live ? 200 : 503, {
      "Content-Type": "application/json",
      "Cache-Control": "no-store",
      ...(live ? {} : { "Retry-After": "5" }),
    });
    response.end(
      JSON.stringify(
        live
          ? { status: "ok", probe: "live" }
          : { error: { code: "SERVICE_UNAVAILABLE", message: "The server is starting." } },
      ),
    );
  });
  // Next.js's defaults for `next start`: idle keep-alive connections outlive a load balancer's.
  server.keepAliveTimeout = 65_000;
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, resolve);
  });

  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    lifecycle.state = "stopping";
    log("info", "serve.draining", { signal, inFlight });
    const closed = new Promise((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    // Keep-alive connections go idle as their last response ends: close those as they do.
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    const cut = setTimeout(() => {
      log("error", "serve.shutdown-timeout", { inFlight, timeoutMs: shutdownTimeoutMs });
      server.closeAllConnections();
    }, shutdownTimeoutMs);
    await closed;
    clearInterval(sweep);
    clearTimeout(cut);
    // Last registered first: background jobs stop before the database pool closes.
    for (const hook of [...lifecycle.onShutdown].reverse()) {
      try {
        await hook();
      } catch (error) {
        log("error", "serve.shutdown-hook", { message: String(error) });
      }
    }
    log("info", "serve.stopped", { signal });
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
  // The primary asks a worker to stop with SIGTERM; a disconnect means the primary is gone.
  if (cluster.isWorker) process.on("disconnect", () => void stop("disconnect"));

  // As `next start` does: the page cache renders pages through this port
  // (src/server/page-cache/render-for-cache.ts).
  process.env.PORT = String(port);
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: path.resolve(import.meta.dirname, ".."), hostname, port });
  await app.prepare();
  handle = app.getRequestHandler();
  if (!stopping) lifecycle.state = "ready";
  log("info", "serve.ready", { port, url: `http://${hostname}:${port}` });
}
