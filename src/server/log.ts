import "server-only";

/**
 * Structured server-side logging: one JSON line per event on stderr. Details stay
 * here, never in HTTP responses.
 */
export function logError(event: string, error: unknown): void {
  if (level() === "silent") return;
  const detail =
    error instanceof Error
      ? { message: error.message, stack: error.stack }
      : { value: String(error) };
  process.stderr.write(
    `${JSON.stringify({ level: "error", event, time: new Date().toISOString(), ...detail })}\n`,
  );
}

/** Something an operator should fix that does not stop the server. */
export function logWarn(event: string, fields: Record<string, unknown> = {}): void {
  if (level() === "silent") return;
  process.stderr.write(
    `${JSON.stringify({ level: "warn", event, time: new Date().toISOString(), ...fields })}\n`,
  );
}

export function logInfo(event: string, fields: Record<string, unknown> = {}): void {
  if (level() !== "info") return;
  process.stdout.write(
    `${JSON.stringify({ level: "info", event, time: new Date().toISOString(), ...fields })}\n`,
  );
}

/** Read directly, not through getEnv(): logging must work even when the env is invalid. */
function level(): "info" | "error" | "silent" {
  const value = process.env.LOG_LEVEL;
  return value === "error" || value === "silent" ? value : "info";
}
