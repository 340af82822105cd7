import "server-only";
import { randomBytes } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import { badge_credentials, badges, earned_badges, submissions, users } from "../db/schema";
import type { Tx } from "../db/types";
import { buildBadgeCredential } from "./build-badge-credential";
import { criteriaNarrative } from "./criteria-narrative";
import { appOrigin } from "./issuer-identity";
import { signCredential } from "./sign-credential";
import { loadSigningKey } from "./signing-key";

/**
 * Issues the signed OpenBadgeCredential of one earned badge in the caller's (privileged)
 * transaction, so a badge and its credential are written together (docs/product.md §15).
 * The row is inserted first because its identity column is the status list index the
 * signature covers. Returns the credential id.
 */
export async function issueBadgeCredential(
  tx: Tx,
  earnedBadgeId: string,
  /** Re-issue: sign this credential again (same id and status position), current data and key. */
  existing?: { id: string; statusIndex: number },
): Promise<string> {
  const key = await loadSigningKey();
  const [earned] = await tx
    .select({
      userId: earned_badges.user_id,
      earnedAt: earned_badges.earned_at,
      code: badges.code,
      name: badges.name,
      description: badges.description,
      criteria: badges.criteria,
      icon: badges.icon_url,
      email: users.email,
      recipient: users.name,
      handle: users.handle,
    })
    .from(earned_badges)
    .innerJoin(badges, eq(badges.code, earned_badges.badge_code))
    .innerJoin(users, eq(users.id, earned_badges.user_id))
    .where(eq(earned_badges.id, earnedBadgeId));
  if (!earned) throw new Error(`No earned badge ${earnedBadgeId}`);
  const [row] = existing
    ? [existing]
    : await tx
        .insert(badge_credentials)
        .values({
          earned_badge_id: earnedBadgeId,
          user_id: earned.userId,
          badge_code: earned.code,
          credential: {},
          key_id: key.keyId,
        })
        .returning({ id: badge_credentials.id, statusIndex: badge_credentials.status_index });
  const origin = appOrigin();
  const evidence = await evidenceFor(tx, earned.userId, earned.criteria);
  const credential = buildBadgeCredential({
    origin,
    credentialId: row!.id,
    statusIndex: row!.statusIndex,
    badge: {
      code: earned.code,
      name: earned.name,
      description: earned.description,
      narrative: criteriaNarrative(earned.criteria),
      image: earned.icon ?? `${origin}/icon.svg`,
    },
    recipient: { email: earned.email, name: earned.recipient },
    salt: randomBytes(16).toString("hex"),
    evidence: evidence.map((item) => ({
      url: `${origin}/u/${earned.handle}#submission-${item.id}`,
      name: `Approved ${item.activity} submission`,
    })),
    validFrom: earned.earnedAt,
  });
  const signed = await signCredential(credential, key);
  await tx
    .update(badge_credentials)
    .set({ credential: signed, key_id: key.keyId, issued_at: new Date() })
    .where(eq(badge_credentials.id, row!.id));
  return row!.id;
}

/** Approved public submissions, of the badge's activity when its criteria name one. */
async function evidenceFor(tx: Tx, userId: string, criteria: unknown) {
  const activity =
    criteria && typeof criteria === "object" && "activity" in criteria
      ? String((criteria as { activity: unknown }).activity)
      : undefined;
  return tx
    .select({ id: submissions.id, activity: submissions.activity_code })
    .from(submissions)
    .where(
      and(
        eq(submissions.user_id, userId),
        eq(submissions.status, "APPROVED"),
        eq(submissions.visibility, "PUBLIC"),
        activity ? eq(submissions.activity_code, activity) : undefined,
      ),
    )
    .orderBy(desc(submissions.updated_at))
    .limit(20);
}
