import "server-only";
import { sql } from "drizzle-orm";
import { queryRows } from "../../db/query-rows";
import type { Tx } from "../../db/types";
import { AppError } from "../../errors";
import { SIGN_UP_ATTEMPT } from "./limit-sign-ups";

/** Failures of one email from one client that cost nothing but the answer. */
export const FREE_FAILURES = 5;
/** The back-off doubles from 1 minute with each further failure, up to this. */
export const MAX_BACK_OFF_MINUTES = 60;
/** Failures of one email from one client are forgotten after a success or after this. */
const MEMORY_HOURS = 24;
export const MAX_FAILURES_PER_CLIENT = 30;
export const CLIENT_WINDOW_MINUTES = 15;

/**
 * Refuses a sign-in (429 with Retry-After) while its client must wait. Failures are
 * counted per (email, client) and per client, never per email alone, so a stranger
 * guessing someone's password from elsewhere cannot lock the owner out:
 * - one email from one client: 5 free failures, then a wait that doubles with each
 *   further failure (1, 2, 4 … minutes, at most an hour) after the latest one; a success
 *   from that client starts the count again;
 * - one client, any emails: at most 30 failures in 15 minutes.
 * Attempts live in the database, so every app instance sees the same counts. Callers
 * hold a per-client lock, so parallel guesses are counted one after another.
 */
export async function limitSignInAttempts(tx: Tx, email: string, ip: string): Promise<void> {
  const [row] = await queryRows<{ pair: number | null; client: number | null }>(
    tx,
    sql`
    WITH pair AS (
      SELECT count(*)::int AS failures, max(created_at) AS latest
      FROM sign_in_attempts
      WHERE email = ${email} AND ip = ${ip} AND NOT succeeded
        AND created_at > greatest(
          now() - make_interval(hours => ${MEMORY_HOURS}),
          (SELECT max(created_at) FROM sign_in_attempts
           WHERE email = ${email} AND ip = ${ip} AND succeeded)
        )
    ),
    client AS (
      SELECT created_at FROM sign_in_attempts
      WHERE ip = ${ip} AND NOT succeeded AND email <> ${SIGN_UP_ATTEMPT}
        AND created_at > now() - make_interval(mins => ${CLIENT_WINDOW_MINUTES})
      ORDER BY created_at DESC
      OFFSET ${MAX_FAILURES_PER_CLIENT - 1} LIMIT 1
    )
    SELECT
      (SELECT ceil(extract(epoch FROM latest + make_interval(
                mins => least(${MAX_BACK_OFF_MINUTES}, power(2, failures - ${FREE_FAILURES}))::int)
              - now()))::int
       FROM pair WHERE failures >= ${FREE_FAILURES}) AS pair,
      (SELECT ceil(extract(epoch FROM created_at + make_interval(mins => ${CLIENT_WINDOW_MINUTES})
              - now()))::int
       FROM client) AS client
  `,
  );
  const seconds = Math.max(row?.pair ?? 0, row?.client ?? 0);
  if (seconds > 0) {
    const minutes = Math.ceil(seconds / 60);
    throw new AppError("RATE_LIMITED", "errors.auth.tooManySignIns", {
      values: { minutes },
      retryAfter: seconds,
    });
  }
}
