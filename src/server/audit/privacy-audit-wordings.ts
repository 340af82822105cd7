import type { Wording } from "./describe-audit-entry";

/** A person's own privacy choices (docs/product.md §8), in words. */
export const PRIVACY_AUDIT_WORDINGS: Record<string, Wording> = {
  "user.deleted": (row, meta, say) =>
    typeof meta.handle === "string"
      ? say.sentence("audit.entries.userDeletedWas", {
          target: say.person(row.targetId),
          handle: meta.handle,
        })
      : say.sentence("audit.entries.userDeleted", { target: say.person(row.targetId) }),
  "account.public_profile_changed": (row, meta, say) =>
    say.sentence(
      meta.publicProfile === false
        ? "audit.entries.publicProfileLeft"
        : "audit.entries.publicProfileReturned",
      { actor: say.person(row.actorId) },
    ),
  "account.exported": (row, _meta, say) =>
    say.sentence("audit.entries.accountExported", { actor: say.person(row.actorId) }),
  "account.deletion_requested": (row, _meta, say) =>
    say.sentence("audit.entries.deletionRequested", { actor: say.person(row.actorId) }),
};
