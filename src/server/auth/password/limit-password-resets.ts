import "server-only";
import { sql } from "drizzle-orm";
import { queryRows } from "../../db/query-rows";
import { sign_in_attempts } from "../../db/schema";
import type { Tx } from "../../db/types";
import { AppError } from "../../errors";

/** Reset requests share the sign-in attempts table under this prefix (never an email). */
export const RESET_ATTEMPT_PREFIX = "(password-reset) ";
/** Requests for one email, from anywhere, per hour: bounds the mails one inbox gets. */
export const RESETS_PER_EMAIL_PER_HOUR = 3;
/** Requests of one client, for any emails, per hour. */
export const RESETS_PER_CLIENT_PER_HOUR = 10;

/**
 * Counts one password-reset request, or refuses it (429 with Retry-After) once its email
 * or its client has made its hourly share. Requests count whether or not the email has
 * an account, so the limit reveals nothing either. Rows are `succeeded` (never a failure
 * to any sign-in count) with an "email" no sign-in can have. Callers hold the client's
 * lock and commit the row before any other work, so a refused request still counts.
 */
export async function limitPasswordResets(tx: Tx, email: string, ip: string): Promise<void> {
  const key = `${RESET_ATTEMPT_PREFIX}${email}`;
  const [row] = await queryRows<{ email_wait: number | null; client_wait: number | null }>(
    tx,
    sql`SELECT
      (SELECT ceil(extract(epoch FROM created_at + interval '1 hour' - now()))::int
         FROM sign_in_attempts WHERE email = ${key} AND created_at > now() - interval '1 hour'
         ORDER BY created_at DESC OFFSET ${RESETS_PER_EMAIL_PER_HOUR - 1} LIMIT 1) AS email_wait,
      (SELECT ceil(extract(epoch FROM created_at + interval '1 hour' - now()))::int
         FROM sign_in_attempts WHERE ip = ${ip} AND starts_with(email, ${RESET_ATTEMPT_PREFIX})
           AND created_at > now() - interval '1 hour'
         ORDER BY created_at DESC OFFSET ${RESETS_PER_CLIENT_PER_HOUR - 1} LIMIT 1) AS client_wait`,
  );
  const wait = Math.max(row?.email_wait ?? 0, row?.client_wait ?? 0);
  if (wait > 0) {
    const minutes = Math.ceil(wait / 60);
    throw new AppError("RATE_LIMITED", "errors.auth.tooManyResets", {
      values: { minutes },
      retryAfter: wait,
    });
  }
  await tx.insert(sign_in_attempts).values({ email: key, ip, succeeded: true });
}
