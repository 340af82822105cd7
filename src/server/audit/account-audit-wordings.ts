import type { Wording } from "./describe-audit-entry";

/** A positive count of ended sessions, or null when none ended. */
function ended(count: unknown): number | null {
  return typeof count === "number" && count > 0 ? count : null;
}

/** Email verification and passwords (docs/product.md §2), in words. */
export const ACCOUNT_AUDIT_WORDINGS: Record<string, Wording> = {
  "user.email_verified": (row, meta, say) =>
    typeof meta.email === "string"
      ? say.sentence("audit.entries.emailVerifiedAddress", {
          target: say.person(row.targetId),
          email: meta.email,
        })
      : say.sentence("audit.entries.emailVerified", { target: say.person(row.targetId) }),
  "user.password_reset": (row, meta, say) => {
    const count = ended(meta.sessionsEnded);
    const target = say.person(row.targetId);
    return count === null
      ? say.sentence("audit.entries.passwordReset", { target })
      : say.sentence("audit.entries.passwordResetEnded", { target, count });
  },
  "user.password_changed": (row, meta, say) => {
    const count = ended(meta.otherSessionsEnded);
    const actor = say.person(row.actorId);
    return count === null
      ? say.sentence("audit.entries.passwordChanged", { actor })
      : say.sentence("audit.entries.passwordChangedEnded", { actor, count });
  },
};
