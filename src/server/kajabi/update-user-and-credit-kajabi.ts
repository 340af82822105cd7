import "server-only";
import { privileged } from "../db/privileged";
import type { AdminUserInput } from "../users/admin-user-input";
import { updateUserAsAdmin } from "../users/update-user-as-admin";
import type { UserDto, UserRow } from "../users/user-dto";
import { creditWaitingKajabiEvents } from "./credit-waiting-kajabi-events";

/**
 * An admin's edit of a user; a newly linked Kajabi contact then gets its waiting course
 * completions credited. That writes the ledger, so it runs on the privileged path once
 * the admin's change is in.
 */
export async function updateUserAndCreditKajabi(
  actor: UserRow,
  targetId: string,
  input: AdminUserInput,
): Promise<UserDto> {
  const updated = await updateUserAsAdmin(actor, targetId, input);
  if (input.kajabiContactId) {
    await privileged({ userId: actor.id }, (tx) =>
      creditWaitingKajabiEvents(tx, { contactId: input.kajabiContactId }),
    );
  }
  return updated;
}
