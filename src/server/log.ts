import "server-only";

/**
 * Structured server-side logging: one JSON line per event on stderr. Details stay
 * here, never in HTTP responses.
 */
export function logError(event: string, error: unknown): void {
  const detail =
    error instanceof Error ? { message: error.message, stack: error.stack } : { value: String(error) };
  process.stderr.write(`${JSON.stringify({ level: "error", event, time: new Date().toISOString(), ...detail })}\n`);
}

export function logInfo(event: string, fields: Record<string, unknown> = {}): void {
  process.stdout.write(`${JSON.stringify({ level: "info", event, time: new Date().toISOString(), ...fields })}\n`);
}
