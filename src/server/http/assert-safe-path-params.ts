import { AppError } from "../errors";
import { hasControlCharacters } from "./has-control-characters";

/**
 * Refuses a route's path parameters (`[id]`, `[...key]`, already decoded by Next.js) when
 * one holds a control character: 400 up front instead of a database error later.
 */
export async function assertSafePathParams(context: unknown): Promise<void> {
  if (typeof context !== "object" || context === null || !("params" in context)) return;
  const params: unknown = await context.params;
  if (typeof params !== "object" || params === null) return;
  const values = Object.values(params).flat();
  if (values.some((value) => typeof value === "string" && hasControlCharacters(value))) {
    throw new AppError("VALIDATION_FAILED", "errors.http.unsafeAddress");
  }
}
