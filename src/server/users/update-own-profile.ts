import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { writeAudit } from "../audit/write-audit";
import { isUniqueViolation } from "../db/database-error";
import { users } from "../db/schema";
import { withUser } from "../db/with-user";
import { AppError } from "../errors";
import { dbSession } from "../db/db-session";
import { changedFields } from "./changed-fields";
import { toUserDto, type UserDto, type UserRow } from "./user-dto";
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
    return await withUser(dbSession(user), async (tx) => {
      const [before] = await tx.select().from(users).where(eq(users.id, user.id));
      if (!before) throw new AppError("NOT_FOUND", "Your account no longer exists.");
      if (Object.keys(values).length === 0) return toUserDto(before);
      const [after] = await tx.update(users).set(values).where(eq(users.id, user.id)).returning();
      if (!after) throw new AppError("NOT_FOUND", "Your account no longer exists.");
      const diff = changedFields(before, after);
      if (diff)
        await writeAudit(tx, {
          actorId: user.id,
          action: "profile.update",
          targetId: user.id,
          meta: diff,
        });
      return toUserDto(after);
    });
  } catch (error) {
    if (isUniqueViolation(error, "users_handle_key")) throw handleTaken();
    throw error;
  }
}

export function handleTaken(): AppError {
  return new AppError("CONFLICT", "That handle is taken. Choose another one.", {
    details: [{ path: "handle", message: "That handle is taken." }],
  });
}
