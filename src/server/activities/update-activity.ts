import "server-only";
import { eq, sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit";
import { dbSession } from "../db/db-session";
import { activities, activity_descriptions } from "../db/schema";
import { withUser } from "../db/with-user";
import { AppError } from "../errors";
import { errorText } from "@/server/messages/error-text";
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
      .select({
        code: activities.code,
        name: activities.name,
        default_points: activities.default_points,
        description: sql<string>`coalesce(${activity_descriptions.description}, '')`,
      })
      .from(activities)
      .leftJoin(activity_descriptions, eq(activity_descriptions.activity_code, activities.code))
      .where(eq(activities.code, code.toUpperCase()))
      .for("update", { of: activities });
    if (!before) throw new AppError("NOT_FOUND", "errors.activities.notFound");
    if (
      before.code in RULE_FIXED_POINTS &&
      input.defaultPoints !== undefined &&
      input.defaultPoints !== 0
    ) {
      const fixed = errorText(
        `errors.activities.fixedPoints.${before.code as "AMPLIFY" | "SHINE"}`,
      );
      throw new AppError("UNPROCESSABLE", fixed, {
        details: [{ path: "defaultPoints", message: fixed }],
      });
    }
    const after = { ...before };
    if (input.defaultPoints !== undefined) {
      const [row] = await tx
        .update(activities)
        .set({ default_points: input.defaultPoints })
        .where(eq(activities.code, before.code))
        .returning({ points: activities.default_points });
      if (!row) throw new AppError("FORBIDDEN", "errors.activities.notAllowed");
      after.default_points = row.points;
    }
    if (input.description !== undefined) {
      await tx
        .insert(activity_descriptions)
        .values({ activity_code: before.code, description: input.description })
        .onConflictDoUpdate({
          target: activity_descriptions.activity_code,
          set: { description: input.description, updated_at: sql`now()` },
        });
      after.description = input.description;
    }
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

function toActivityDto(row: {
  code: string;
  name: string;
  default_points: number;
  description: string;
}): ActivityDto {
  return {
    code: row.code,
    name: row.name,
    defaultPoints: row.default_points,
    description: row.description,
  };
}
