import "server-only";
import { inArray } from "drizzle-orm";
import { badges } from "../db/schema";
import type { Tx } from "../db/types";
import { notifyUser } from "./notify-user";
import { badgeEarnedMail } from "./templates/badge-earned-mail";

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

/**
 * One "badge earned" mail per newly earned badge, for awards that no other mail announces
 * (an admin's award, a manual adjustment). Earned badges are sticky, so the key
 * `badge:<user>:<code>` mails each badge once.
 */
export async function notifyBadgesEarned(tx: Tx, userId: string, codes: string[]): Promise<void> {
  const names = await badgeNames(tx, codes);
  for (const [index, code] of codes.entries()) {
    await notifyUser(
      tx,
      userId,
      badgeEarnedMail,
      { badge: names[index]! },
      `badge:${userId}:${code}`,
    );
  }
}
