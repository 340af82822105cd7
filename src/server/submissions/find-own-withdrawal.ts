import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { audit_log } from "../db/schema";
import { privileged } from "../db/privileged";

export interface Withdrawal {
  withdrawnAt: string;
  activity: string | null;
}

/**
 * When the owner withdrew this submission, from the audit row withdrawSubmission wrote (the
 * submission itself is gone), or null. Only the owner's own withdrawal is found: the row must
 * name them as the actor. The audit log is for admins under RLS, hence the privileged read of
 * this one row.
 */
export async function findOwnWithdrawal(options: {
  userId: string;
  submissionId: string;
}): Promise<Withdrawal | null> {
  const [row] = await privileged({ userId: options.userId }, (tx) =>
    tx
      .select({ createdAt: audit_log.created_at, meta: audit_log.meta })
      .from(audit_log)
      .where(
        and(
          eq(audit_log.actor_id, options.userId),
          eq(audit_log.action, "submission.withdrawn"),
          eq(audit_log.target_id, options.submissionId),
        ),
      )
      .orderBy(desc(audit_log.created_at))
      .limit(1),
  );
  if (!row) return null;
  const activity = (row.meta as { activity?: unknown } | null)?.activity;
  return {
    withdrawnAt: row.createdAt.toISOString(),
    activity: typeof activity === "string" ? activity : null,
  };
}
