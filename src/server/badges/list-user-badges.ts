import "server-only";
import { asVisitor } from "../db/as-visitor";
import { selectEarnedBadges, type EarnedBadgeDto } from "./select-earned-badges";

/** A user's earned badges (public data: everyone reads earned badges). */
export async function listUserBadges(userId: string): Promise<EarnedBadgeDto[]> {
  return asVisitor((tx) => selectEarnedBadges(tx, userId));
}
