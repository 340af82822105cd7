/** The driver's error (pg or PGlite), possibly wrapped by Drizzle as the cause. */
function driverError(error: unknown): { code?: string; constraint?: string } | undefined {
  let current: unknown = error;
  while (current instanceof Error) {
    if ("code" in current && typeof current.code === "string")
      return current as { code?: string; constraint?: string };
    current = current.cause;
  }
  return undefined;
}

/** True for a unique-constraint violation, optionally of one named constraint. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const cause = driverError(error);
  return cause?.code === "23505" && (constraint === undefined || cause.constraint === constraint);
}

/** True when the database refused for lack of privilege (grants, RLS, guard triggers). */
export function isInsufficientPrivilege(error: unknown): boolean {
  return driverError(error)?.code === "42501";
}

/** All messages along the cause chain (the database's own words included). */
export function databaseMessage(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  while (current instanceof Error) {
    parts.push(current.message);
    current = current.cause;
  }
  return parts.join(" | ");
}
