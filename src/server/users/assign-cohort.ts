import "server-only";
import { and, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { errorKey } from "@/server/messages/error-text";
import { dbSession } from "../db/db-session";
import { writeAudit } from "../audit/write-audit";
import { users } from "../db/schema";
import { withUser } from "../db/with-user";
import { optionalTextField } from "./user-fields";
import type { UserRow } from "./user-dto";

export const assignCohortInput = z
  .object({
    userIds: z
      .array(z.string().min(1).max(200))
      .min(1, errorKey("errors.validation.selectUser"))
      .max(500),
    cohort: optionalTextField(100),
  })
  .strict();
export type AssignCohortInput = z.infer<typeof assignCohortInput>;

/**
 * Bulk cohort assignment (admins): one transaction, one audit row per user whose
 * cohort actually changed. Unknown ids are reported back, not an error.
 */
export async function assignCohort(
  actor: UserRow,
  input: AssignCohortInput,
): Promise<{ updated: string[]; unchanged: string[]; notFound: string[] }> {
  const ids = [...new Set(input.userIds)];
  return withUser(dbSession(actor), async (tx) => {
    const found = await tx
      .select({ id: users.id, cohort: users.cohort })
      .from(users)
      .where(inArray(users.id, ids));
    const changed = await tx
      .update(users)
      .set({ cohort: input.cohort })
      .where(and(inArray(users.id, ids), sql`${users.cohort} IS DISTINCT FROM ${input.cohort}`))
      .returning({ id: users.id });
    const before = new Map(found.map((row) => [row.id, row.cohort]));
    for (const { id } of changed) {
      await writeAudit(tx, {
        actorId: actor.id,
        action: "user.cohort_assigned",
        targetId: id,
        meta: { before: { cohort: before.get(id) ?? null }, after: { cohort: input.cohort } },
      });
    }
    const updated = changed.map((row) => row.id);
    return {
      updated,
      unchanged: found.map((row) => row.id).filter((id) => !updated.includes(id)),
      notFound: ids.filter((id) => !before.has(id)),
    };
  });
}
