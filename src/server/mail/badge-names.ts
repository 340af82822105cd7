import "server-only";
import { inArray } from "drizzle-orm";
import { badges } from "../db/schema";
import type { Tx } from "../db/types";

/** Badge names for codes, in the order given (mails name badges, not codes). */
export async function badgeNames(tx: Tx, codes: string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await tx
    .select({ code: badges.code, name: badges.name })
    .from(badges)
    .where(inArray(badges.code, codes));
  const names = new Map(rows.map((row) => [row.code, row.name]));
  return codes.map((code) => names.get(code) ?? code);
}
