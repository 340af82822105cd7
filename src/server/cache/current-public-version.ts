import "server-only";
import { readPublicVersions } from "./read-public-versions";

let pending: Promise<string> | null = null;

/**
 * The public data version as one string (every counter the API caches key on), read from
 * the database for each page request; requests that arrive while a read is under way
 * share it, so under load the page cache costs about one trivial query per round trip.
 */
export function currentPublicVersion(): Promise<string> {
  pending ??= readPublicVersions()
    .then(({ changes, refreshed, refreshCount }) => `${changes}.${refreshed}.${refreshCount}`)
    .finally(() => {
      pending = null;
    });
  return pending;
}
