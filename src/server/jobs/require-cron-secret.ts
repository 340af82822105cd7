import "server-only";
import { timingSafeEqual } from "node:crypto";
import { getEnv } from "../env";
import { AppError } from "../errors";

/**
 * The scheduler's credential on /api/cron/*: `Authorization: Bearer $CRON_SECRET`, which
 * is also what Vercel Cron sends (with GET). Unconfigured → 503, wrong or missing → 401.
 */
export function requireCronSecret(request: Request): void {
  const secret = getEnv().CRON_SECRET;
  if (!secret) throw new AppError("SERVICE_UNAVAILABLE", "errors.jobs.cronNotConfigured");
  const given = Buffer.from(request.headers.get("authorization") ?? "");
  const expected = Buffer.from(`Bearer ${secret}`);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new AppError("UNAUTHENTICATED", "errors.jobs.bearerRequired");
  }
}
