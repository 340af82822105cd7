import { AppError } from "../errors";

/** Seconds a client should wait before trying again after the database connection dropped:
 * a restart or a managed failover usually completes within this. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/**
 * The answer when the database connection dropped under a request that could not be
 * retried (a write, or a read whose retry failed too): 503 with Retry-After. A transaction is
 * all-or-nothing, so a write either committed whole or not at all; the message does not
 * promise which, because a drop during COMMIT leaves the client unable to know.
 */
export function databaseUnavailable(): AppError {
  return new AppError("SERVICE_UNAVAILABLE", "errors.db.unavailable", {
    retryAfter: DATABASE_RETRY_AFTER_SECONDS,
  });
}
