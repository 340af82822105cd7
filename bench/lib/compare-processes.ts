import os from "node:os";
import { measureEndpoint } from "./measure-endpoint";
import { startServer } from "./start-server";

export interface ProcessComparison {
  endpoint: string;
  "1 process req/s": number;
  [key: string]: string | number;
}

/**
 * The same endpoints through `npm start` (scripts/serve.mjs) with one process, then one per
 * core (PostgreSQL only: PGlite is one process). Each server is started on its own, warmed
 * up, loaded, and stopped with SIGTERM, so the two runs share nothing but the database.
 */
export async function compareProcesses(options: {
  port: number;
  env: Record<string, string>;
  connections: number;
  seconds: number;
}): Promise<{ cores: number; rows: ProcessComparison[] }> {
  const cores = os.availableParallelism();
  const plan = [
    { name: "/api/health", path: "/api/health" },
    { name: "/api/leaderboard (all, first page)", path: "/api/leaderboard?period=all" },
    { name: "/leaderboard page", path: "/leaderboard" },
  ];
  const perCount = new Map<number, number[]>();
  for (const processes of [1, cores]) {
    const server = await startServer(
      options.port,
      { ...options.env, WEB_CONCURRENCY: String(processes) },
      "serve",
    );
    try {
      // Every worker compiles and fills its caches on first use: warm all of them.
      for (const step of plan)
        await Promise.all(
          Array.from({ length: 4 * processes }, () => fetch(`${server.url}${step.path}`)),
        );
      const figures: number[] = [];
      for (const step of plan) {
        const result = await measureEndpoint({
          baseUrl: server.url,
          connections: options.connections,
          seconds: options.seconds,
          ...step,
        });
        figures.push(result.requestsPerSecond);
        console.log(`  ${processes} process(es), ${step.name}: ${result.requestsPerSecond} req/s`);
      }
      perCount.set(processes, figures);
    } finally {
      await server.stop();
    }
  }
  const rows = plan.map((step, i) => {
    const one = perCount.get(1)![i]!;
    const all = perCount.get(cores)![i]!;
    return {
      endpoint: step.name,
      "1 process req/s": one,
      [`${cores} processes req/s`]: all,
      ratio: Number((all / Math.max(1, one)).toFixed(2)),
    };
  });
  return { cores, rows };
}
