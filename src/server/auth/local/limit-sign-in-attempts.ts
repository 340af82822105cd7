import "server-only";
import { and, count, eq, gt } from "drizzle-orm";
import { sign_in_attempts } from "../../db/schema";
import type { Tx } from "../../db/types";
import { AppError } from "../../errors";

export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 30;

/**
 * Refuses a sign-in (429) once an email or an IP address has failed too often within
 * the window. The attempts live in the database, so every app instance sees the same
 * counts; a success does not erase failures, it just stops adding to them.
 */
export async function limitSignInAttempts(tx: Tx, email: string, ip: string): Promise<void> {
  const since = new Date(Date.now() - SIGN_IN_WINDOW_MINUTES * 60_000);
  const failures = (
    column: typeof sign_in_attempts.email | typeof sign_in_attempts.ip,
    value: string,
  ) =>
    tx
      .select({ n: count() })
      .from(sign_in_attempts)
      .where(
        and(
          eq(column, value),
          eq(sign_in_attempts.succeeded, false),
          gt(sign_in_attempts.created_at, since),
        ),
      );
  const [byEmail] = await failures(sign_in_attempts.email, email);
  const [byIp] = await failures(sign_in_attempts.ip, ip);
  if ((byEmail?.n ?? 0) >= MAX_FAILURES_PER_EMAIL || (byIp?.n ?? 0) >= MAX_FAILURES_PER_IP) {
    throw new AppError(
      "RATE_LIMITED",
      `Too many failed sign-in attempts. Try again in ${SIGN_IN_WINDOW_MINUTES} minutes.`,
      { retryAfter: SIGN_IN_WINDOW_MINUTES * 60 },
    );
  }
}
