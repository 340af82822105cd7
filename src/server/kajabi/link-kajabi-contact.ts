import "server-only";
import { eq, or } from "drizzle-orm";
import { z } from "zod";
import { dbSession } from "../db/db-session";
import { users } from "../db/schema";
import { withUser } from "../db/with-user";
import { AppError } from "../errors";
import { errorKey, fieldProblem } from "@/server/messages/error-text";
import type { UserDto, UserRow } from "../users/user-dto";
import { updateUserAndCreditKajabi } from "./update-user-and-credit-kajabi";

export const linkKajabiContactInput = z
  .object({
    contactId: z.string().trim().min(1, errorKey("errors.validation.enterContactId")).max(100),
    /** The user's handle or email. */
    user: z
      .string()
      .trim()
      .toLowerCase()
      .min(1, errorKey("errors.validation.enterHandleOrEmail"))
      .max(254),
  })
  .strict();
export type LinkKajabiContactInput = z.infer<typeof linkKajabiContactInput>;

/** Links a Kajabi contact to a user found by handle or email; waiting events are then credited. */
export async function linkKajabiContact(
  actor: UserRow,
  input: LinkKajabiContactInput,
): Promise<UserDto> {
  const [target] = await withUser(dbSession(actor), (tx) =>
    tx
      .select({ id: users.id })
      .from(users)
      .where(or(eq(users.handle, input.user), eq(users.email, input.user))),
  );
  if (!target) {
    throw new AppError("NOT_FOUND", "errors.kajabi.noSuchUser", {
      details: [fieldProblem("user", "errors.kajabi.noSuchUser")],
    });
  }
  return updateUserAndCreditKajabi(actor, target.id, { kajabiContactId: input.contactId });
}
