import "server-only";
import type { Tx } from "../db/types";
import { badgeNames } from "./badge-names";
import { notifyUser } from "./notify-user";
import { badgeEarnedMail } from "./templates/badge-earned-mail";

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
