import "server-only";
import type { Tx } from "../db/types";
import { creditWaitingKajabiEvents } from "../kajabi/credit-waiting-kajabi-events";
import { createUser, type NewUser } from "../users/create-user";
import type { UserRow } from "../users/user-dto";

/**
 * A new account, by local sign-up or from Clerk: the user row, then the Kajabi course
 * completions that arrived before the account did, credited in the same transaction
 * (docs/product.md §6).
 */
export async function createAccount(tx: Tx, input: NewUser): Promise<UserRow> {
  const user = await createUser(tx, input);
  await creditWaitingKajabiEvents(tx, { email: user.email });
  return user;
}
