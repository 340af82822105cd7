import "server-only";
import { audit_log } from "../db/schema";
import type { Tx } from "../db/types";

export interface AuditEntry {
  actorId: string;
  action: string;
  targetId?: string | null;
  meta?: Record<string, unknown>;
}

/**
 * Appends one audit row inside the caller's transaction, so the audited change and its
 * record commit or roll back together. Works on both paths: under withUser the policy
 * demands actorId be the signed-in user.
 */
export async function writeAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.insert(audit_log).values({
    actor_id: entry.actorId,
    action: entry.action,
    target_id: entry.targetId ?? null,
    meta: entry.meta ?? null,
  });
}
