import "server-only";
import { asc, eq, isNull } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit";
import { privileged } from "../db/privileged";
import { kajabi_events } from "../db/schema";
import { AppError } from "../errors";
import type { UserRow } from "../users/user-dto";
import { processKajabiEvent, type KajabiOutcome } from "./process-kajabi-event";

const BATCH = 500;

/** An admin retries one unmatched event (e.g. after fixing a user's email). Audited. */
export async function reprocessKajabiEvent(
  actor: UserRow,
  eventId: string,
): Promise<KajabiOutcome> {
  return privileged({ userId: actor.id }, async (tx) => {
    const [event] = await tx
      .select()
      .from(kajabi_events)
      .where(eq(kajabi_events.id, eventId))
      .for("update");
    if (!event) throw new AppError("NOT_FOUND", "errors.kajabi.eventNotFound");
    if (event.processed_at !== null) {
      throw new AppError("CONFLICT", "errors.kajabi.alreadyProcessed");
    }
    const status = await processKajabiEvent(tx, event);
    await writeAudit(tx, {
      actorId: actor.id,
      action: "kajabi.reprocessed",
      targetId: eventId,
      meta: { status },
    });
    return status;
  });
}

/** Retries every unmatched event, oldest first (up to 500 per call), one audit row in all. */
export async function reprocessUnmatchedKajabiEvents(
  actor: UserRow,
): Promise<Record<KajabiOutcome, number>> {
  return privileged({ userId: actor.id }, async (tx) => {
    const waiting = await tx
      .select()
      .from(kajabi_events)
      .where(isNull(kajabi_events.processed_at))
      .orderBy(asc(kajabi_events.received_at), asc(kajabi_events.id))
      .limit(BATCH)
      .for("update", { skipLocked: true });
    const tally: Record<KajabiOutcome, number> = {
      credited: 0,
      duplicate: 0,
      ignored: 0,
      unmatched: 0,
      capped: 0,
    };
    for (const event of waiting) tally[await processKajabiEvent(tx, event)]++;
    await writeAudit(tx, {
      actorId: actor.id,
      action: "kajabi.reprocessed_unmatched",
      meta: tally,
    });
    return tally;
  });
}
