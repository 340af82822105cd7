/**
 * SQLSTATEs that mean the server connection is gone, not that the statement was wrong:
 * class 08 (connection exception), 57P01 admin_shutdown (pg_terminate_backend, a restart),
 * 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up, or a failover in progress).
 */
const LOST_SQLSTATES = new Set([
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "57P01",
  "57P02",
  "57P03",
]);

/** Socket errors from Node while talking to the server (a pooler restart, a dead host). */
const LOST_ERRNOS = new Set(["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH"]);

/** node-postgres says these in words, with no code: the socket ended under a client. */
const LOST_MESSAGES = [
  /^Connection terminated/,
  /Client has encountered a connection error and is not queryable/,
  /^timeout exceeded when trying to connect/,
  /^Connection terminated due to connection timeout/,
];

/**
 * True when an error (or one of its causes, as Drizzle wraps driver errors) means the
 * database connection dropped: a restart, a managed failover, a pooler restart. Such an
 * error says nothing about the request itself, so a read may be retried on a fresh
 * connection and a write answered 503 (docs/decisions/025-processes-and-failover.md).
 * Everything else (constraint violations, privilege errors, bad SQL) is not one of these.
 */
export function isConnectionLost(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 8; depth += 1) {
    const code = "code" in current && typeof current.code === "string" ? current.code : undefined;
    if (code && (LOST_SQLSTATES.has(code) || LOST_ERRNOS.has(code))) return true;
    if (
      LOST_MESSAGES.some((pattern) => pattern.test(current instanceof Error ? current.message : ""))
    )
      return true;
    current = current.cause;
  }
  return false;
}
