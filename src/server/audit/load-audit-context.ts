import "server-only";
import { inArray } from "drizzle-orm";
import { badges, submissions, users } from "../db/schema";
import type { Tx } from "../db/types";
import type { AuditContext, AuditRow } from "./describe-audit-entry";

/**
 * The names describeAuditEntry needs for these rows, in three queries: the people acting
 * or acted on (and the owners of the submissions named), the submissions, the badges.
 * Runs in the reader's transaction (admins read all three under RLS).
 */
export async function loadAuditContext(tx: Tx, rows: readonly AuditRow[]): Promise<AuditContext> {
  const targets = unique(rows.map((row) => row.targetId));
  const submissionRows =
    targets.length === 0
      ? []
      : await tx
          .select({
            id: submissions.id,
            userId: submissions.user_id,
            activity: submissions.activity_code,
          })
          .from(submissions)
          .where(inArray(submissions.id, targets));
  const userIds = unique([
    ...rows.map((row) => row.actorId),
    ...targets,
    ...submissionRows.map((row) => row.userId),
  ]);
  const userRows =
    userIds.length === 0
      ? []
      : await tx
          .select({ id: users.id, name: users.name, handle: users.handle })
          .from(users)
          .where(inArray(users.id, userIds));
  const badgeCodes = unique([
    ...targets,
    ...rows.map((row) => (isRecord(row.meta) ? row.meta.badge : null)),
  ]);
  const badgeRows =
    badgeCodes.length === 0
      ? []
      : await tx
          .select({ code: badges.code, name: badges.name })
          .from(badges)
          .where(inArray(badges.code, badgeCodes));
  return {
    users: new Map(userRows.map((row) => [row.id, { name: row.name, handle: row.handle }])),
    submissions: new Map(
      submissionRows.map((row) => [row.id, { userId: row.userId, activity: row.activity }]),
    ),
    badges: new Map(badgeRows.map((row) => [row.code, row.name])),
  };
}

function unique(values: unknown[]): string[] {
  return [...new Set(values.filter((value): value is string => typeof value === "string"))];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return Boolean(value) && typeof value === "object" && !Array.isArray(value);
}
