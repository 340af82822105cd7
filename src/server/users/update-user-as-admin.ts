import "server-only";
import { dbSession } from "../db/db-session";
import { databaseMessage, isInsufficientPrivilege, isUniqueViolation } from "../db/database-error";
import { withUser } from "../db/with-user";
import { AppError } from "../errors";
import { errorText, fieldProblem } from "@/server/messages/error-text";
import { applyUserUpdate } from "./apply-user-update";
import { checkRoleChange } from "./check-role-change";
import { refuseChangedMeanwhile } from "./refuse-changed-meanwhile";
import { handleTaken } from "./update-own-profile";
import type { UserDto, UserRow } from "./user-dto";
import type { AdminUserInput } from "./admin-user-input";

/**
 * An admin edits a user's role, cohort, school, handle or Kajabi contact id (docs/product.md §2).
 * Only the given fields are written; with `expected`, one that changed since the admin
 * loaded it is refused. Runs as the admin under RLS, so the database re-checks every rule; one audit row
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
    updated = await withUser(dbSession(actor), (tx) =>
      applyUserUpdate(tx, {
        userId: targetId,
        values,
        actorId: actor.id,
        action: "user.admin_update",
        notFound: errorText("errors.users.notFound"),
        lock: true,
        check: (before) => {
          refuseChangedMeanwhile(before, input);
          if (input.role !== undefined) checkRoleChange(actor, before, input.role);
        },
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error, "users_handle_key")) throw handleTaken();
    if (isUniqueViolation(error, "users_kajabi_contact_id_key")) {
      throw new AppError("CONFLICT", "errors.users.kajabiContactTaken", {
        details: [fieldProblem("kajabiContactId", "errors.users.kajabiContactTakenField")],
      });
    }
    if (/last SUPERADMIN/.test(databaseMessage(error))) {
      throw new AppError("CONFLICT", "errors.users.lastSuperadmin");
    }
    // The database's own role rules (users_guard_update) refused: e.g. the actor lost
    // their role while this request was in flight.
    if (isInsufficientPrivilege(error)) {
      throw new AppError("FORBIDDEN", "errors.users.notAllowed");
    }
    throw error;
  }
  return updated;
}
