import "server-only";
import type { z } from "zod";
import { dbSession } from "../db/db-session";
import { writeAudit } from "../audit/write-audit";
import { isUniqueViolation } from "../db/database-error";
import { badges } from "../db/schema";
import { withUser } from "../db/with-user";
import { AppError } from "../errors";
import type { UserRow } from "../users/user-dto";
import { createBadgeInput, toBadgeDto, type BadgeDto } from "./badge-inputs";

/** An admin adds a badge (criteria of docs/product.md §7, validated); through RLS, audited. */
export async function createBadge(
  admin: UserRow,
  input: z.infer<typeof createBadgeInput>,
): Promise<BadgeDto> {
  try {
    return await withUser(dbSession(admin), async (tx) => {
      const [row] = await tx
        .insert(badges)
        .values({
          code: input.code,
          name: input.name,
          description: input.description,
          criteria: input.criteria,
          icon_url: input.iconUrl,
        })
        .returning();
      await writeAudit(tx, {
        actorId: admin.id,
        action: "badge.created",
        targetId: input.code,
        meta: { criteria: input.criteria },
      });
      return toBadgeDto(row!);
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("CONFLICT", "errors.badges.codeTaken", { values: { code: input.code } });
    throw error;
  }
}
