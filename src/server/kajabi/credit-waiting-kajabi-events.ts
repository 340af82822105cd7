import "server-only";
import { and, asc, isNull, sql, type SQL } from "drizzle-orm";
import { kajabi_events } from "../db/schema";
import type { Tx } from "../db/types";
import { processKajabiEvent } from "./process-kajabi-event";
import { storedContactEmail, storedContactId } from "./stored-kajabi-contact";

/**
 * Processes the unmatched Kajabi events of a contact once their user exists: called in
 * the same transaction as a sign-up (by email) or an admin linking a contact id. Events
 * go in the order they arrived, so the LEARN cap treats them as it would have.
 */
export async function creditWaitingKajabiEvents(
  tx: Tx,
  contact: { email?: string; contactId?: string | null },
) {
  const matches: SQL[] = [];
  if (contact.email) matches.push(sql`${storedContactEmail} = ${contact.email.toLowerCase()}`);
  if (contact.contactId) matches.push(sql`${storedContactId} = ${contact.contactId}`);
  if (matches.length === 0) return [];
  const waiting = await tx
    .select()
    .from(kajabi_events)
    .where(and(isNull(kajabi_events.processed_at), sql`(${sql.join(matches, sql` OR `)})`))
    .orderBy(asc(kajabi_events.received_at), asc(kajabi_events.id));
  const outcomes = [];
  for (const event of waiting)
    outcomes.push({ eventId: event.id, status: await processKajabiEvent(tx, event) });
  return outcomes;
}
