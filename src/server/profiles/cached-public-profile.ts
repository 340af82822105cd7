import "server-only";
import { readPublicVersions } from "../cache/read-public-versions";
import { versionedCache } from "../cache/versioned-cache";
import { getPublicProfile, type PublicProfile } from "./get-public-profile";

const profiles = versionedCache<PublicProfile>();

/**
 * getPublicProfile for the public API and pages, recomputed only when public data
 * changed (a ledger write, a review, a profile edit) or the leaderboards were refreshed.
 */
export async function getCachedPublicProfile(handle: string): Promise<PublicProfile> {
  const { changes, refreshed } = await readPublicVersions();
  return profiles.get(handle.toLowerCase(), `${changes}:${refreshed}`, () =>
    getPublicProfile(handle),
  );
}
