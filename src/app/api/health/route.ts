import { checkHealth } from "@/server/health/check-health";
import { healthProbeQuery } from "@/server/health/health-probe-query";
import { errorResponse } from "@/server/http/error-response";
import { serverLifecycle } from "@/server/lifecycle/server-lifecycle";

export const dynamic = "force-dynamic";

/**
 * Plain /api/health: the database check, as always. `?probe=live`: 200 while the process
 * runs (a process manager restarts it otherwise). `?probe=ready`: 503 while the server
 * starts, migrates or shuts down, or the database does not answer (a load balancer sends
 * it no traffic then). docs/decisions/025-processes-and-failover.md.
 */
export async function GET(request: Request): Promise<Response> {
  const parsed = healthProbeQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return errorResponse(parsed.error);
  const { probe } = parsed.data;
  if (probe === "live") return reply({ status: "ok", probe }, 200);
  if (probe === "ready") {
    const state = serverLifecycle()?.state ?? "ready";
    if (state !== "ready") {
      const reason =
        state === "stopping" ? "the server is shutting down" : "the server is starting";
      return reply({ status: "error", probe, reason }, 503);
    }
    const report = await checkHealth();
    return reply({ ...report, probe }, report.status === "ok" ? 200 : 503);
  }
  const report = await checkHealth();
  return reply(report, report.status === "ok" ? 200 : 503);
}

function reply(body: object, status: number): Response {
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (status === 503) headers["Retry-After"] = "5";
  return Response.json(body, { status, headers });
}
