import type { Wording } from "./describe-audit-entry";

/** A person's own privacy choices (docs/product.md §8), in words. */
export const PRIVACY_AUDIT_WORDINGS: Record<string, Wording> = {
  "user.deleted": (row, meta, say) => [
    say.person(row.targetId),
    " deleted their account",
    ...(typeof meta.handle === "string" ? [` (was @${meta.handle})`] : []),
  ],
  "account.public_profile_changed": (row, meta, say) => [
    say.person(row.actorId),
    meta.publicProfile === false ? " left the public pages" : " returned to the public pages",
  ],
  "account.exported": (row, _meta, say) => [say.person(row.actorId), " downloaded their data"],
  "account.deletion_requested": (row, _meta, say) => [
    say.person(row.actorId),
    " asked for a link to delete their account",
  ],
};
