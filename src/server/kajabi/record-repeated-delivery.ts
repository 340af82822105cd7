import "server-only";
import { writeAudit } from "../audit/write-audit";
import type { Tx } from "../db/types";
import { KAJABI_ACTOR } from "./process-kajabi-event";

/**
 * A delivery of an event id already stored is answered `duplicate` and not stored again;
 * one audit row per such delivery keeps count of them for the admin page's Duplicate tile.
 */
export async function recordRepeatedDelivery(tx: Tx, eventId: string): Promise<void> {
  await writeAudit(tx, { actorId: KAJABI_ACTOR, action: "kajabi.duplicate", targetId: eventId });
}
