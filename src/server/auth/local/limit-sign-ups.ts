import "server-only";
import { sql } from "drizzle-orm";
import { queryRows } from "../../db/query-rows";
import { sign_in_attempts } from "../../db/schema";
import type { Tx } from "../../db/types";
import { getEnv } from "../../env";
import { AppError } from "../../errors";

/** Sign-up attempts share the attempts table; this is never an email (no "@"). */
export const SIGN_UP_ATTEMPT = "(sign-up)";
const WINDOW_MINUTES = 60;

/**
 * Counts one sign-up attempt of a client, or refuses it (429 with Retry-After) once the
 * client has made SIGN_UP_LIMIT_PER_HOUR of them within the hour. Every attempt counts,
 * whatever its outcome: this bounds both mass account creation and how many emails a
 * client can test against the "already exists" answer. Callers hold the client's lock
 * and commit the attempt before signing up, so a refused sign-up still counts.
 */
export async function limitSignUps(tx: Tx, ip: string): Promise<void> {
  const limit = getEnv().SIGN_UP_LIMIT_PER_HOUR;
  const [oldest] = await queryRows<{ wait: number }>(
    tx,
    sql`SELECT ceil(extract(epoch FROM created_at + make_interval(mins => ${WINDOW_MINUTES})
                 - now()))::int AS wait
        FROM sign_in_attempts
        WHERE ip = ${ip} AND email = ${SIGN_UP_ATTEMPT}
          AND created_at > now() - make_interval(mins => ${WINDOW_MINUTES})
        ORDER BY created_at DESC
        OFFSET ${limit - 1} LIMIT 1`,
  );
  if (oldest && oldest.wait > 0) {
    const minutes = Math.ceil(oldest.wait / 60);
    throw new AppError("RATE_LIMITED", "errors.auth.tooManySignUps", {
      values: { minutes },
      retryAfter: oldest.wait,
    });
  }
  // `succeeded` has no meaning here; true keeps these rows out of every failure count.
  await tx.insert(sign_in_attempts).values({ email: SIGN_UP_ATTEMPT, ip, succeeded: true });
}
