import { measureEndpoint, type EndpointFigures } from "./measure-endpoint";
import { measurePageWeight, type PageWeight } from "./page-weight";

export interface PageRow {
  page: string;
  visitor: "anonymous" | "signed in";
  "req/s": number;
  "p50 ms": number;
  "p99 ms": number;
  "req/s ÷ health": number;
  "p99 ÷ health": number;
  "bytes/response": number;
  "html gzip bytes": number;
  "first-load JS gzip bytes": number;
  errors: number;
}

/**
 * The public pages people open (HTML, issue 16), loaded like the API: 50 connections,
 * anonymous and with a session cookie, each as a ratio to /api/health of the same run.
 * Also what a first visit transfers: the document and its first-load scripts.
 */
export async function measurePages(options: {
  baseUrl: string;
  health: EndpointFigures;
  connections: number;
  seconds: number;
  sessionCookie: string;
  deepPage: number;
  handles: string[];
}): Promise<{ rows: PageRow[]; weights: Record<string, PageWeight> }> {
  const plan = [
    { name: "/", path: "/" },
    { name: "/leaderboard", path: "/leaderboard" },
    { name: "/leaderboard 30d", path: "/leaderboard?period=30d" },
    {
      name: `/leaderboard deep (page ${options.deepPage})`,
      path: `/leaderboard?page=${options.deepPage}`,
    },
    { name: "/leaderboard search", path: "/leaderboard?q=amina+haddad" },
    { name: "/leaderboard cohort", path: "/leaderboard?cohort=2026-C" },
    {
      name: "/u/<handle>",
      path: `/u/${options.handles[0]}`,
      paths: options.handles.map((h) => `/u/${h}`),
    },
    { name: "/metrics", path: "/metrics" },
  ];
  const visitors: { visitor: PageRow["visitor"]; headers: Record<string, string> }[] = [
    { visitor: "anonymous", headers: {} },
    { visitor: "signed in", headers: { cookie: options.sessionCookie } },
  ];
  const rows: PageRow[] = [];
  const weights: Record<string, PageWeight> = {};
  const health = options.health;
  for (const step of plan) {
    weights[step.name] = await measurePageWeight(options.baseUrl, step.path);
    for (const { visitor, headers } of visitors) {
      // Warm up: the first render of a page (and of each profile) is not what is measured.
      for (const path of step.paths ?? [step.path])
        await fetch(`${options.baseUrl}${path}`, { headers });
      const f = await measureEndpoint({
        baseUrl: options.baseUrl,
        connections: options.connections,
        seconds: options.seconds,
        headers,
        ...step,
      });
      rows.push({
        page: step.name,
        visitor,
        "req/s": f.requestsPerSecond,
        "p50 ms": f.p50,
        "p99 ms": f.p99,
        "req/s ÷ health": Number((f.requestsPerSecond / health.requestsPerSecond).toFixed(2)),
        "p99 ÷ health": Number((f.p99 / Math.max(1, health.p99)).toFixed(2)),
        "bytes/response": f.bytesPerResponse,
        "html gzip bytes": weights[step.name]!.htmlGzipBytes,
        "first-load JS gzip bytes": weights[step.name]!.firstLoadJsGzipBytes,
        errors: f.errors + f.non2xx,
      });
      console.log(`  ${step.name} (${visitor}): ${f.requestsPerSecond} req/s, p99 ${f.p99} ms`);
    }
  }
  return { rows, weights };
}
