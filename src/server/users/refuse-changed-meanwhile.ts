import { AppError } from "../errors";
import { fieldProblem } from "@/server/messages/error-text";
import type { AdminUserFields, AdminUserInput } from "./admin-user-input";
import type { UserRow } from "./user-dto";

const COLUMN_OF = {
  role: "role",
  cohort: "cohort",
  school: "school",
  handle: "handle",
  kajabiContactId: "kajabi_contact_id",
} as const satisfies Record<keyof AdminUserFields, keyof UserRow>;

/**
 * Refuses an admin's change of a field that someone else changed since the admin loaded
 * it (`expected` is what they saw), unless both want the same value: the second save
 * would otherwise undo the first without anyone noticing. Fields the admin did not
 * change are not written at all, so they never conflict.
 */
export function refuseChangedMeanwhile(current: UserRow, input: AdminUserInput): void {
  const { expected, ...changes } = input;
  if (!expected) return;
  const conflicts = (Object.keys(changes) as (keyof AdminUserFields)[]).filter((field) => {
    if (!(field in expected)) return false;
    const now = current[COLUMN_OF[field]];
    return expected[field] !== now && changes[field] !== now;
  });
  if (conflicts.length === 0) return;
  throw new AppError("CONFLICT", "errors.users.changedMeanwhile", {
    details: conflicts.map((field) => fieldProblem(field, "errors.users.changedMeanwhileField")),
  });
}
