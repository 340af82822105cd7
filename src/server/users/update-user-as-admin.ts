import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { dbSession } from "../db/db-session";
import { writeAudit } from "../audit/write-audit";
import { databaseMessage, isInsufficientPrivilege, isUniqueViolation } from "../db/database-error";
import { ROLES, users } from "../db/schema";
import { withUser } from "../db/with-user";
import { AppError } from "../errors";
import { changedFields } from "./changed-fields";
import { checkRoleChange } from "./check-role-change";
import { handleTaken } from "./update-own-profile";
import { toUserDto, type UserDto, type UserRow } from "./user-dto";
import { handleField, optionalTextField } from "./user-fields";

export const adminUserInput = z
  .object({
    role: z.enum(ROLES),
    cohort: optionalTextField(100),
    school: optionalTextField(200),
    handle: handleField,
    kajabiContactId: optionalTextField(100),
  })
  .partial()
  .strict();
export type AdminUserInput = z.infer<typeof adminUserInput>;

/**
 * An admin edits a user's role, cohort, school, handle or Kajabi contact id (docs/product.md §2).
 * Runs as the admin under RLS, so the database re-checks every rule; one audit row
 * records before and after. Callers go through updateUserAndCreditKajabi, which also
 * credits a newly linked Kajabi contact's waiting events.
 */
export async function updateUserAsAdmin(
  actor: UserRow,
  targetId: string,
  input: AdminUserInput,
): Promise<UserDto> {
  const values = {
    ...(input.role !== undefined && { role: input.role }),
    ...(input.cohort !== undefined && { cohort: input.cohort }),
    ...(input.school !== undefined && { school: input.school }),
    ...(input.handle !== undefined && { handle: input.handle }),
    ...(input.kajabiContactId !== undefined && { kajabi_contact_id: input.kajabiContactId }),
  };
  let updated: UserDto;
  try {
    updated = await withUser(dbSession(actor), async (tx) => {
      const [before] = await tx.select().from(users).where(eq(users.id, targetId)).for("update");
      if (!before) throw new AppError("NOT_FOUND", "No such user.");
      if (input.role !== undefined) checkRoleChange(actor, before, input.role);
      if (Object.keys(values).length === 0) return toUserDto(before);
      const [after] = await tx.update(users).set(values).where(eq(users.id, targetId)).returning();
      if (!after) throw new AppError("NOT_FOUND", "No such user.");
      const diff = changedFields(before, after);
      if (diff)
        await writeAudit(tx, {
          actorId: actor.id,
          action: "user.admin_update",
          targetId,
          meta: diff,
        });
      return toUserDto(after);
    });
  } catch (error) {
    if (isUniqueViolation(error, "users_handle_key")) throw handleTaken();
    if (isUniqueViolation(error, "users_kajabi_contact_id_key")) {
      throw new AppError("CONFLICT", "Another user already has this Kajabi contact id.", {
        details: [{ path: "kajabiContactId", message: "Already linked to another user." }],
      });
    }
    if (/last SUPERADMIN/.test(databaseMessage(error))) {
      throw new AppError(
        "CONFLICT",
        "The last superadmin keeps the role. Make someone else superadmin first.",
      );
    }
    // The database's own role rules (users_guard_update) refused: e.g. the actor lost
    // their role while this request was in flight.
    if (isInsufficientPrivilege(error)) {
      throw new AppError("FORBIDDEN", "You are not allowed to make this change.");
    }
    throw error;
  }
  return updated;
}
