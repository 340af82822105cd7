import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

const PGBOUNCER = "/usr/sbin/pgbouncer";

export interface RunningPgBouncer {
  /** The same URL with host and port of the pooler instead of the server. */
  through(url: string): string;
  stop(): Promise<void>;
}

/**
 * Debian's PgBouncer in transaction mode in front of the server of `serverUrl`, with
 * fewer server connections than the app's pool has clients, so transactions really
 * share server connections. Trust authentication: the users must reach the server
 * without a password, as the tests' PostgreSQL does.
 */
export async function startPgBouncer(
  serverUrl: string,
  users: string[],
): Promise<RunningPgBouncer> {
  if (!existsSync(PGBOUNCER)) {
    throw new Error(
      `${PGBOUNCER} is missing: install Debian's pgbouncer (apt-get install pgbouncer); .ci/run does`,
    );
  }
  const server = new URL(serverUrl);
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), "leaps-pgbouncer-"));
  chmodSync(dir, 0o755); // PgBouncer refuses to run as root and drops to "postgres"
  writeFileSync(path.join(dir, "users.txt"), users.map((u) => `"${u}" ""\n`).join(""));
  writeFileSync(
    path.join(dir, "pgbouncer.ini"),
    [
      "[databases]",
      `* = host=${server.hostname} port=${server.port || 5432}`,
      "[pgbouncer]",
      "listen_addr = 127.0.0.1",
      `listen_port = ${port}`,
      "unix_socket_dir =",
      "pool_mode = transaction",
      "auth_type = trust",
      `auth_file = ${path.join(dir, "users.txt")}`,
      "max_client_conn = 500",
      "default_pool_size = 6",
      "max_db_connections = 12",
      process.getuid?.() === 0 ? "user = postgres" : "",
    ].join("\n"),
  );
  const child = spawn(PGBOUNCER, [path.join(dir, "pgbouncer.ini")], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const through = (url: string) => {
    const parsed = new URL(url);
    parsed.hostname = "127.0.0.1";
    parsed.port = String(port);
    return parsed.toString();
  };
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilAccepting(through(withUser(serverUrl, users[0]!)));
  } catch (error) {
    await stop();
    throw new Error(`PgBouncer did not start: ${String(error)}\n${log}`);
  }
  return { through, stop };
}

function withUser(url: string, user: string): string {
  const parsed = new URL(url);
  parsed.username = user;
  parsed.password = "";
  return parsed.toString();
}

async function waitUntilAccepting(url: string): Promise<void> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 100; attempt++) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query("SELECT 1");
      return;
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  throw lastError;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
