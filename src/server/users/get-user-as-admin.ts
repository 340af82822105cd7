import "server-only";
import { desc, eq, inArray, or, sum } from "drizzle-orm";
import type { Locale } from "@/i18n/locales";
import { describeAuditEntry, type AuditPart } from "../audit/describe-audit-entry";
import { loadAuditContext } from "../audit/load-audit-context";
import { dbSession } from "../db/db-session";
import { audit_log, points_ledger, submissions, users } from "../db/schema";
import { withUser } from "../db/with-user";
import { AppError } from "../errors";
import { toUserDto, type UserDto, type UserRow } from "./user-dto";

export interface AuditEntryDto {
  id: string;
  actorId: string;
  action: string;
  targetId: string | null;
  meta: unknown;
  createdAt: string;
  /** The entry in words, people as links (describeAuditEntry). */
  description: AuditPart[];
}

/**
 * One user with the latest audit rows by them or about them or their submissions (so a
 * review of their evidence shows on their page), each in words (admins; RLS-checked).
 */
export async function getUserAsAdmin(
  actor: UserRow,
  userId: string,
  /** The language of the audit entries' sentences. */
  locale: Locale = "en",
): Promise<{ user: UserDto; totalPoints: number; audit: AuditEntryDto[] }> {
  return withUser(dbSession(actor), async (tx) => {
    const [row] = await tx.select().from(users).where(eq(users.id, userId));
    if (!row) throw new AppError("NOT_FOUND", "errors.users.notFound");
    const rows = await tx
      .select()
      .from(audit_log)
      .where(
        or(
          eq(audit_log.target_id, userId),
          eq(audit_log.actor_id, userId),
          inArray(
            audit_log.target_id,
            tx
              .select({ id: submissions.id })
              .from(submissions)
              .where(eq(submissions.user_id, userId)),
          ),
        ),
      )
      .orderBy(desc(audit_log.created_at))
      .limit(20);
    const [total] = await tx
      .select({ points: sum(points_ledger.delta_points) })
      .from(points_ledger)
      .where(eq(points_ledger.user_id, userId));
    const entries = rows.map((a) => ({
      id: a.id,
      actorId: a.actor_id,
      action: a.action,
      targetId: a.target_id,
      meta: a.meta,
      createdAt: a.created_at.toISOString(),
    }));
    const context = await loadAuditContext(tx, entries);
    return {
      user: toUserDto(row),
      totalPoints: Number(total?.points ?? 0),
      audit: entries.map((entry) => ({
        ...entry,
        description: describeAuditEntry(entry, context, locale),
      })),
    };
  });
}
