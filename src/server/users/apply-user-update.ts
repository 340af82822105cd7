import "server-only";
import { eq } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit";
import { users } from "../db/schema";
import type { Tx } from "../db/types";
import { AppError } from "../errors";
import type { ErrorText } from "../messages/error-text";
import { changedFields } from "./changed-fields";
import { toUserDto, type UserDto, type UserRow } from "./user-dto";

interface UserUpdate {
  userId: string;
  values: Partial<typeof users.$inferInsert>;
  actorId: string;
  /** The audit action, e.g. `profile.update`. */
  action: string;
  /** The message when there is no such user (or the caller may not see it). */
  notFound: ErrorText;
  /** Lock the row before `check` reads it, so a decision on it holds until commit. */
  lock?: boolean;
  /** Refuses the change (by throwing) given the user as it is. */
  check?: (before: UserRow) => void;
}

/**
 * Reads a user, lets the caller refuse, writes the given columns and one audit row with
 * before and after of what really changed (none when nothing did), in the caller's
 * transaction.
 */
export async function applyUserUpdate(tx: Tx, update: UserUpdate): Promise<UserDto> {
  const { values } = update;
  const select = tx.select().from(users).where(eq(users.id, update.userId));
  const [before] = update.lock ? await select.for("update") : await select;
  if (!before) throw new AppError("NOT_FOUND", update.notFound);
  update.check?.(before);
  if (Object.keys(values).length === 0) return toUserDto(before);
  const [after] = await tx.update(users).set(values).where(eq(users.id, before.id)).returning();
  if (!after) throw new AppError("NOT_FOUND", update.notFound);
  const diff = changedFields(before, after);
  if (diff) {
    await writeAudit(tx, {
      actorId: update.actorId,
      action: update.action,
      targetId: before.id,
      meta: diff,
    });
  }
  return toUserDto(after);
}
