import "server-only";
import { eq } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit";
import { dbSession } from "../db/db-session";
import { activities } from "../db/schema";
import { withUser } from "../db/with-user";
import { AppError } from "../errors";
import { changedFields } from "../users/changed-fields";
import type { UserRow } from "../users/user-dto";
import { RULE_FIXED_POINTS, type ActivityEditInput } from "./activity-edit-input";

export interface ActivityDto {
  code: string;
  name: string;
  defaultPoints: number;
  description: string;
}

/**
 * An admin changes an activity's default points or description (docs/product.md §3).
 * Credits read default_points when they are computed, so the change applies to the next
 * approval or Kajabi credit; ledger rows already written keep their amounts. Runs as the
 * admin under RLS (activities_write_admin), the row locked so the audit row's "before" is
 * what was replaced; one audit row with before and after of what changed.
 */
export async function updateActivity(
  admin: UserRow,
  code: string,
  input: ActivityEditInput,
): Promise<ActivityDto> {
  return withUser(dbSession(admin), async (tx) => {
    const [before] = await tx
      .select()
      .from(activities)
      .where(eq(activities.code, code.toUpperCase()))
      .for("update");
    if (!before) throw new AppError("NOT_FOUND", "No such activity.");
    const fixed = RULE_FIXED_POINTS[before.code];
    if (fixed && input.defaultPoints !== undefined && input.defaultPoints !== 0) {
      throw new AppError("UNPROCESSABLE", fixed, {
        details: [{ path: "defaultPoints", message: fixed }],
      });
    }
    const values = {
      ...(input.defaultPoints !== undefined && { default_points: input.defaultPoints }),
      ...(input.description !== undefined && { description: input.description }),
    };
    const [after] = await tx
      .update(activities)
      .set(values)
      .where(eq(activities.code, before.code))
      .returning();
    if (!after) throw new AppError("FORBIDDEN", "You are not allowed to change activities.");
    const diff = changedFields(before, after);
    if (diff) {
      await writeAudit(tx, {
        actorId: admin.id,
        action: "activity.updated",
        targetId: after.code,
        meta: diff,
      });
    }
    return toActivityDto(after);
  });
}

function toActivityDto(row: typeof activities.$inferSelect): ActivityDto {
  return {
    code: row.code,
    name: row.name,
    defaultPoints: row.default_points,
    description: row.description,
  };
}
