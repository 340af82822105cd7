import { AppError } from "../errors";

/**
 * PostgreSQL text and jsonb cannot hold the NUL character (U+0000): storing one fails
 * deep in the driver. Refuse such input up front with a clear 400 instead.
 */
export function assertStorableJson(value: unknown): void {
  if (containsNul(value)) {
    throw new AppError("VALIDATION_FAILED", "errors.http.nulCharacter");
  }
}

function containsNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (Array.isArray(value)) return value.some(containsNul);
  if (value !== null && typeof value === "object") {
    return Object.entries(value).some(([key, item]) => key.includes("\u0000") || containsNul(item));
  }
  return false;
}
