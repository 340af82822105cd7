import "server-only";
import { desc, eq, or, sum } from "drizzle-orm";
import { dbSession } from "../db/db-session";
import { audit_log, points_ledger, users } from "../db/schema";
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
}

/** One user with the latest audit rows about or by them (admins; RLS-checked). */
export async function getUserAsAdmin(
  actor: UserRow,
  userId: string,
): Promise<{ user: UserDto; totalPoints: number; audit: AuditEntryDto[] }> {
  return withUser(dbSession(actor), async (tx) => {
    const [row] = await tx.select().from(users).where(eq(users.id, userId));
    if (!row) throw new AppError("NOT_FOUND", "No such user.");
    const audit = await tx
      .select()
      .from(audit_log)
      .where(or(eq(audit_log.target_id, userId), eq(audit_log.actor_id, userId)))
      .orderBy(desc(audit_log.created_at))
      .limit(20);
    const [total] = await tx
      .select({ points: sum(points_ledger.delta_points) })
      .from(points_ledger)
      .where(eq(points_ledger.user_id, userId));
    return {
      user: toUserDto(row),
      totalPoints: Number(total?.points ?? 0),
      audit: audit.map((a) => ({
        id: a.id,
        actorId: a.actor_id,
        action: a.action,
        targetId: a.target_id,
        meta: a.meta,
        createdAt: a.created_at.toISOString(),
      })),
    };
  });
}
