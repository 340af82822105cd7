import "server-only";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { dbSession } from "../db/db-session";
import { writeAudit } from "../audit/write-audit";
import { badges } from "../db/schema";
import { withUser } from "../db/with-user";
import { AppError } from "../errors";
import { changedFields } from "../users/changed-fields";
import type { UserRow } from "../users/user-dto";
import { toBadgeDto, updateBadgeInput, type BadgeDto } from "./badge-inputs";

/** An admin edits a badge; future evaluations use the new criteria, earned badges stay. */
export async function updateBadge(
  admin: UserRow,
  code: string,
  input: z.infer<typeof updateBadgeInput>,
): Promise<BadgeDto> {
  return withUser(dbSession(admin), async (tx) => {
    const [before] = await tx.select().from(badges).where(eq(badges.code, code));
    if (!before) throw new AppError("NOT_FOUND", "errors.badges.notFound");
    const [after] = await tx
      .update(badges)
      .set({
        ...(input.name !== undefined && { name: input.name }),
        ...(input.description !== undefined && { description: input.description }),
        ...(input.criteria !== undefined && { criteria: input.criteria }),
        ...(input.iconUrl !== undefined && { icon_url: input.iconUrl }),
      })
      .where(eq(badges.code, code))
      .returning();
    const diff = changedFields(
      { ...before, criteria: JSON.stringify(before.criteria) },
      { ...after!, criteria: JSON.stringify(after!.criteria) },
    );
    if (diff)
      await writeAudit(tx, {
        actorId: admin.id,
        action: "badge.updated",
        targetId: code,
        meta: diff,
      });
    return toBadgeDto(after!);
  });
}
