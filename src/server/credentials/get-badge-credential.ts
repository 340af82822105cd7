import "server-only";
import { eq } from "drizzle-orm";
import { privileged } from "../db/privileged";
import { account_settings, badge_credentials, badges, public_profiles } from "../db/schema";
import { AppError } from "../errors";
import type { UserRow } from "../users/user-dto";
import { criteriaNarrative } from "./criteria-narrative";

export interface BadgeCredentialView {
  id: string;
  badge: {
    code: string;
    name: string;
    description: string;
    narrative: string;
    image: string | null;
  };
  /** The recipient, only when their profile is public (docs/product.md §15). */
  recipient: { name: string; handle: string } | null;
  issuedAt: string;
  validFrom: string;
  revokedAt: string | null;
  evidence: { url: string; name: string }[];
  /** The signed document; null when the viewer may not see the recipient's name in it. */
  credential: Record<string, unknown> | null;
}

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * One credential for its public page and GET /api/credentials/<id>. The signed document
 * names the recipient, so it leaves the server only when their profile is public, or to
 * the recipient themselves and admins; the page then shows the badge without the person.
 */
export async function getBadgeCredential(
  id: string,
  viewer: UserRow | null,
): Promise<BadgeCredentialView> {
  if (!ID.test(id)) throw new AppError("NOT_FOUND", "errors.credentials.notFound");
  const found = await privileged({ system: "badge-page" }, async (tx) => {
    const [row] = await tx
      .select({
        credential: badge_credentials.credential,
        userId: badge_credentials.user_id,
        issuedAt: badge_credentials.issued_at,
        revokedAt: badge_credentials.revoked_at,
        code: badges.code,
        name: badges.name,
        description: badges.description,
        criteria: badges.criteria,
        image: badges.icon_url,
        recipientName: public_profiles.name,
        handle: public_profiles.handle,
        anonymised: public_profiles.anonymised,
        publicProfile: account_settings.public_profile,
      })
      .from(badge_credentials)
      .innerJoin(badges, eq(badges.code, badge_credentials.badge_code))
      .innerJoin(public_profiles, eq(public_profiles.id, badge_credentials.user_id))
      .leftJoin(account_settings, eq(account_settings.user_id, badge_credentials.user_id))
      .where(eq(badge_credentials.id, id));
    return row;
  });
  if (!found) throw new AppError("NOT_FOUND", "errors.credentials.notFound");
  // A missing settings row means the defaults: a public profile.
  const isPublic = found.publicProfile !== false && !found.anonymised;
  const mayRead =
    isPublic ||
    viewer?.id === found.userId ||
    viewer?.role === "ADMIN" ||
    viewer?.role === "SUPERADMIN";
  const credential = found.credential as Record<string, unknown>;
  return {
    id,
    badge: {
      code: found.code,
      name: found.name,
      description: found.description,
      narrative: criteriaNarrative(found.criteria),
      image: found.image,
    },
    recipient: isPublic ? { name: found.recipientName, handle: found.handle } : null,
    issuedAt: found.issuedAt.toISOString(),
    validFrom: typeof credential.validFrom === "string" ? credential.validFrom : "",
    revokedAt: found.revokedAt?.toISOString() ?? null,
    evidence: isPublic ? evidenceOf(credential) : [],
    credential: mayRead ? credential : null,
  };
}

function evidenceOf(credential: Record<string, unknown>): { url: string; name: string }[] {
  const evidence = Array.isArray(credential.evidence) ? credential.evidence : [];
  return evidence.map((item: { id?: unknown; name?: unknown }) => ({
    url: String(item.id ?? ""),
    name: String(item.name ?? "Evidence"),
  }));
}
