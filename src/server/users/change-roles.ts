import "server-only";
import { eq } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit";
import { dbSession } from "../db/db-session";
import { databaseMessage, isInsufficientPrivilege } from "../db/database-error";
import { users } from "../db/schema";
import { withUser } from "../db/with-user";
import { AppError } from "../errors";
import { fieldProblem } from "@/server/messages/error-text";
import type { UserRow } from "./user-dto";
import { previewRoleChanges, type ChangeRolesInput } from "./preview-role-changes";

/**
 * Gives every selected user the same role (admins; docs/product.md §1): all or nothing.
 * The rows are locked and each checked by the single change's rules; one refusal refuses
 * the lot, naming every user refused. Runs as the admin under RLS, so the database's own
 * role guards (users_guard_update, the last-SUPERADMIN trigger) check each row again; one
 * audit row per user whose role changed, as the single change writes it.
 */
export async function changeRoles(
  actor: UserRow,
  input: ChangeRolesInput,
): Promise<{ updated: string[]; unchanged: string[] }> {
  try {
    return await withUser(dbSession(actor), async (tx) => {
      const rows = await previewRoleChanges(actor, input, tx);
      const refused = rows.filter((row) => row.refusal);
      if (refused.length > 0) {
        throw new AppError("FORBIDDEN", "errors.users.rolesRefused", {
          values: { refused: refused.length, total: rows.length },
          details: refused.map((row) =>
            fieldProblem("userIds", "errors.users.roleRefusedFor", {
              name: row.name,
              handle: row.handle,
              reason: row.refusalText!,
            }),
          ),
        });
      }
      const updated: string[] = [];
      for (const row of rows.filter((r) => r.role !== input.role)) {
        await tx.update(users).set({ role: input.role }).where(eq(users.id, row.id));
        await writeAudit(tx, {
          actorId: actor.id,
          action: "user.admin_update",
          targetId: row.id,
          meta: { before: { role: row.role }, after: { role: input.role }, bulk: true },
        });
        updated.push(row.id);
      }
      return { updated, unchanged: rows.filter((r) => r.role === input.role).map((r) => r.id) };
    });
  } catch (error) {
    if (/last SUPERADMIN/.test(databaseMessage(error))) {
      throw new AppError("CONFLICT", "errors.users.rolesLastSuperadmin");
    }
    if (isInsufficientPrivilege(error)) {
      throw new AppError("FORBIDDEN", "errors.users.rolesNotAllowed");
    }
    throw error;
  }
}
