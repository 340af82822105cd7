import "server-only";
import { readPublicVersions } from "../cache/read-public-versions";
import { versionedCache } from "../cache/versioned-cache";
import { listHomeStories, type HomeStory } from "./list-home-stories";

const stories = versionedCache<HomeStory[]>(1);

/**
 * listHomeStories for the home page, recomputed only when public data changed: reviews,
 * visibility, profile edits and the public-pages switch all advance the change counter
 * (database triggers, migrations 0012 and 0018), so a story never outlives its consent.
 */
export async function getCachedHomeStories(): Promise<HomeStory[]> {
  const { changes } = await readPublicVersions();
  return stories.get("home", String(changes), () => listHomeStories());
}
