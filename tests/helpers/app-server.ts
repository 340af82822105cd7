import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");

export interface RunningAppServer {
  url: string;
  /** What the server printed (for a failing test's message). */
  log(): string;
  /** SIGKILL: the process dies at once, mid-request, as in a crash or an OOM kill. */
  kill(): Promise<void>;
  /** SIGTERM, then SIGKILL after a grace period. */
  stop(): Promise<void>;
}

/** Whether `next build` output exists in .next (CI builds it for the browser tests). */
export const hasProductionBuild = () => existsSync(path.join(ROOT, ".next/BUILD_ID"));

/**
 * One production server (`next start`) on 127.0.0.1:<port> with the given environment,
 * in a process group of its own so that a kill reaches every process it started.
 * Resolves once /api/health answers 200 (migrated and connected).
 */
export async function startAppServer(
  port: number,
  env: Record<string, string>,
): Promise<RunningAppServer> {
  const child = spawn(
    process.execPath,
    [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: ROOT,
      env: { ...process.env, ...env, NODE_ENV: "production", PORT: String(port) },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    },
  );
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid!, name);
    } catch {
      // Already gone.
    }
  };
  const server: RunningAppServer = {
    url,
    log: () => output,
    async kill() {
      await signal("SIGKILL");
      await exited;
    },
    async stop() {
      await signal("SIGTERM");
      const timer = setTimeout(() => void signal("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
  try {
    await waitForHealth(url, child);
  } catch (error) {
    await server.kill();
    throw new Error(`the server on port ${port} did not start: ${String(error)}\n${output}`);
  }
  return server;
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("/api/health did not answer 200 within 90 s");
}
