import type { Wording } from "./describe-audit-entry";

/** "; 2 other sessions ended", or nothing when none did. */
function ended(count: unknown, other: string): string {
  if (typeof count !== "number" || count <= 0) return "";
  return `; ${count} ${other}${count === 1 ? "session" : "sessions"} ended`;
}

/** Email verification and passwords (docs/product.md §2), in words. */
export const ACCOUNT_AUDIT_WORDINGS: Record<string, Wording> = {
  "user.email_verified": (row, meta, say) => [
    say.person(row.targetId),
    ` verified their email address${typeof meta.email === "string" ? ` ${meta.email}` : ""}`,
  ],
  "user.password_reset": (row, meta, say) => [
    say.person(row.targetId),
    ` set a new password with a reset link${ended(meta.sessionsEnded, "")}`,
  ],
  "user.password_changed": (row, meta, say) => [
    say.person(row.actorId),
    ` changed their password${ended(meta.otherSessionsEnded, "other ")}`,
  ],
};
