/** The first retry waits this long; each later one twice as long as the one before. */
export const FIRST_RETRY_MS = 30_000;
/** No wait is longer than this, so an outage's end is noticed within the hour. */
export const MAX_RETRY_MS = 60 * 60_000;
/** A message is retried for at least this long after it was queued, then marked failed. */
export const GIVE_UP_AFTER_MS = 24 * 60 * 60_000;

/**
 * What happens after a failed attempt (docs/product.md §13): the next try at an
 * exponentially growing delay (30 s, 1 min, 2 min … capped at 1 h), or giving up once the
 * message has waited a day. `attempts` counts the attempt that just failed.
 */
export function afterFailure(
  attempts: number,
  createdAt: Date,
  now: Date,
): { status: "pending"; nextAttemptAt: Date } | { status: "failed" } {
  if (now.getTime() - createdAt.getTime() >= GIVE_UP_AFTER_MS) return { status: "failed" };
  const delay = Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), MAX_RETRY_MS);
  return { status: "pending", nextAttemptAt: new Date(now.getTime() + delay) };
}
