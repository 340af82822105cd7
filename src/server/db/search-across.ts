import { ilike, or, type Column, type SQL } from "drizzle-orm";
import { containsPattern } from "./like-pattern";

/**
 * Rows where any of the columns contains the search text, case-insensitively and with the
 * user's %, _ and \ taken literally; undefined (no filter) when there is no text.
 */
export function searchAcross(text: string | undefined, columns: Column[]): SQL | undefined {
  if (!text) return undefined;
  const pattern = containsPattern(text);
  return or(...columns.map((column) => ilike(column, pattern)));
}
