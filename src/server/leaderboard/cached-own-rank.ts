import "server-only";
import { currentPublicVersion } from "../cache/current-public-version";
import { versionedCache } from "../cache/versioned-cache";
import { findOwnRank, type OwnRank } from "./find-own-rank";
import type { Period } from "./leaderboard-views";

const ranks = versionedCache<OwnRank | null>(10_000);

/**
 * findOwnRank, kept per user and board while public data is unchanged: a signed-in
 * educator paging, searching and switching tabs costs one lookup per board per change,
 * and the version read is the one the page cache makes for the same request anyway.
 */
export async function getOwnRank(userId: string, period: Period): Promise<OwnRank | null> {
  const version = await currentPublicVersion();
  return ranks.get(`${period} ${userId}`, version, () => findOwnRank(userId, period));
}
