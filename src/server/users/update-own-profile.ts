import "server-only";
import { z } from "zod";
import { isUniqueViolation } from "../db/database-error";
import { withUser } from "../db/with-user";
import { AppError } from "../errors";
import { errorText, fieldProblem } from "@/server/messages/error-text";
import { dbSession } from "../db/db-session";
import { applyUserUpdate } from "./apply-user-update";
import type { UserDto, UserRow } from "./user-dto";
import { avatarUrlField, handleField, nameField, optionalTextField } from "./user-fields";

export const profileInput = z
  .object({
    name: nameField,
    handle: handleField,
    school: optionalTextField(200),
    avatarUrl: avatarUrlField,
  })
  .partial()
  .strict();
export type ProfileInput = z.infer<typeof profileInput>;

/** The owner edits name, handle, school and avatar (docs/product.md §2), through RLS, audited. */
export async function updateOwnProfile(user: UserRow, input: ProfileInput): Promise<UserDto> {
  const values = {
    ...(input.name !== undefined && { name: input.name }),
    ...(input.handle !== undefined && { handle: input.handle }),
    ...(input.school !== undefined && { school: input.school }),
    ...(input.avatarUrl !== undefined && { avatar_url: input.avatarUrl }),
  };
  try {
    return await withUser(dbSession(user), (tx) =>
      applyUserUpdate(tx, {
        userId: user.id,
        values,
        actorId: user.id,
        action: "profile.update",
        notFound: errorText("errors.users.ownAccountGone"),
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error, "users_handle_key")) throw handleTaken();
    throw error;
  }
}

export function handleTaken(): AppError {
  return new AppError("CONFLICT", "errors.users.handleTaken", {
    details: [fieldProblem("handle", "errors.users.handleTakenField")],
  });
}
