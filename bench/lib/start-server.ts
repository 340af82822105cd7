import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

/**
 * Starts the production server (`next start`, or scripts/serve.mjs) on a port with the given environment and
 * waits until /api/health answers ok. Builds first when there is no build yet.
 */
export async function startServer(
  port: number,
  env: Record<string, string>,
  /** "serve": `npm start`'s scripts/serve.mjs (processes from WEB_CONCURRENCY in env). */
  runner: "next" | "serve" = "next",
): Promise<{ url: string; pid: number; stop(): Promise<void> }> {
  if (!existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    await run("npx", ["next", "build"]);
  }
  const [command, args] =
    runner === "serve"
      ? [process.execPath, ["scripts/serve.mjs", "-p", String(port), "-H", "127.0.0.1"]]
      : ["npx", ["next", "start", "-p", String(port)]];
  const child = spawn(command, args, {
    // With DATABASE_URL the server refuses to start without a badge signing key
    // (docs/decisions/023-open-badges.md); benchmarks sign with a fixed, bench-only one.
    env: {
      BADGE_SIGNING_KEY: "YmVuY2gtb25seSBiYWRnZSBzaWduaW5nIGtleSAzMmI",
      ...process.env,
      LOG_LEVEL: "error",
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return { url, pid: child.pid!, stop: () => stop(child) };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop(child);
  throw new Error("the server did not become healthy within 120 s");
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    process.kill(-child.pid!, "SIGTERM");
  });
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit" });
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} failed`)),
    );
  });
}
