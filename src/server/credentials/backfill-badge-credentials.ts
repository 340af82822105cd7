import "server-only";
import { asc, eq, isNull } from "drizzle-orm";
import { privileged } from "../db/privileged";
import { badge_credentials, earned_badges } from "../db/schema";
import { issueBadgeCredential } from "./issue-badge-credential";

/**
 * Issues credentials for badges earned before credentials existed (`npm run
 * badges:backfill`), one transaction per badge so a failure keeps what was done.
 * Idempotent: the unique earned_badge_id refuses a second credential for a badge.
 */
export async function backfillBadgeCredentials(): Promise<number> {
  const missing = await privileged({ system: "badge-backfill" }, (tx) =>
    tx
      .select({ id: earned_badges.id })
      .from(earned_badges)
      .leftJoin(badge_credentials, eq(badge_credentials.earned_badge_id, earned_badges.id))
      .where(isNull(badge_credentials.id))
      .orderBy(asc(earned_badges.earned_at)),
  );
  for (const row of missing)
    await privileged({ system: "badge-backfill" }, (tx) => issueBadgeCredential(tx, row.id));
  return missing.length;
}
