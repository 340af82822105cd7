import "server-only";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { ACTIVITY_CODES } from "../activities/activity-canon";
import { learnAdjustmentRefusal } from "../activities/points-rules";
import { writeAudit } from "../audit/write-audit";
import { evaluateBadges } from "../badges/evaluate-badges";
import { notifyBadgesEarned } from "../mail/notify-badges-earned";
import { privileged } from "../db/privileged";
import { users } from "../db/schema";
import { AppError } from "../errors";
import { errorKey, fieldProblem } from "@/server/messages/error-text";
import type { UserRow } from "../users/user-dto";
import { creditPoints } from "./credit-points";
import { getLearnTotals } from "./get-learn-totals";
import { lockUserPoints } from "./lock-user-points";
import { writeLedgerContext } from "./write-ledger-context";

export const manualAdjustmentInput = z
  .object({
    userId: z.string().min(1).max(100),
    activity: z.enum(ACTIVITY_CODES),
    points: z
      .number()
      .int(errorKey("errors.validation.useWholeNumber"))
      .min(-1000)
      .max(1000)
      .refine((value) => value !== 0, errorKey("errors.validation.zeroAdjustment")),
    reason: z.string().trim().min(3, errorKey("errors.validation.giveReason")).max(500),
  })
  .strict();
export type ManualAdjustmentInput = z.infer<typeof manualAdjustmentInput>;

/**
 * An admin adds a correction to a user's points (docs/product.md §5): a MANUAL ledger row, positive
 * or negative, with its reason kept beside it and in the audit log. LEARN stays within
 * its cap even here. Badges are evaluated. Nobody adjusts their own points: that takes a
 * second admin (checked here; the database does not enforce it).
 */
export async function addManualAdjustment(
  admin: UserRow,
  input: ManualAdjustmentInput,
): Promise<{ id: string; userId: string; points: number; badgesAwarded: string[] }> {
  if (input.userId === admin.id) {
    throw new AppError("SELF_ADJUSTMENT", "errors.ledger.selfAdjustment");
  }
  return privileged({ userId: admin.id }, async (tx) => {
    const [target] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.id, input.userId));
    if (!target) throw new AppError("NOT_FOUND", "errors.users.notFound");
    await lockUserPoints(tx, input.userId);
    if (input.activity === "LEARN" && input.points > 0) {
      const refusal = learnAdjustmentRefusal(await getLearnTotals(tx, input.userId), input.points);
      if (refusal) {
        throw new AppError("UNPROCESSABLE", refusal, {
          details: [fieldProblem("points", "errors.ledger.overLearnCap")],
        });
      }
    }
    const ledger = await creditPoints(tx, {
      userId: input.userId,
      activity: input.activity,
      source: "MANUAL",
      delta: input.points,
      externalSource: "admin",
      externalEventId: `manual:${randomUUID()}`,
    });
    if (!ledger) throw new Error("a fresh manual id collided");
    await writeLedgerContext(tx, ledger.id, { reason: input.reason });
    await writeAudit(tx, {
      actorId: admin.id,
      action: "ledger.adjusted",
      targetId: input.userId,
      meta: {
        ledgerId: ledger.id,
        activity: input.activity,
        points: input.points,
        reason: input.reason,
      },
    });
    const badgesAwarded = await evaluateBadges(tx, input.userId, admin.id);
    await notifyBadgesEarned(tx, input.userId, badgesAwarded);
    return { id: ledger.id, userId: input.userId, points: input.points, badgesAwarded };
  });
}
