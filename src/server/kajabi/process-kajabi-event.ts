import "server-only";
import { eq, sql } from "drizzle-orm";
import {
  LEARN_POINTS_PER_COURSE,
  learnCourseCredit,
  learnCourseCreditReason,
} from "../activities/points-rules";
import { writeAudit } from "../audit/write-audit";
import { evaluateBadges } from "../badges/evaluate-badges";
import {
  kajabi_event_results,
  kajabi_events,
  points_ledger,
  type KAJABI_OUTCOMES,
} from "../db/schema";
import type { Tx } from "../db/types";
import { getEnv } from "../env";
import { creditPoints } from "../ledger/credit-points";
import { getLearnTotals } from "../ledger/get-learn-totals";
import { lockUserPoints } from "../ledger/lock-user-points";
import { badgeNames } from "../mail/badge-names";
import { notifyUser } from "../mail/notify-user";
import { kajabiCreditMail } from "../mail/templates/kajabi-credit-mail";
import { normaliseTag } from "./kajabi-event";
import { matchKajabiContact } from "./match-kajabi-contact";
import { readKajabiPayload } from "./read-kajabi-payload";

export type KajabiOutcome = (typeof KAJABI_OUTCOMES)[number];

export const KAJABI_ACTOR = "system:kajabi-webhook";
const REPLAY_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * Applies one stored Kajabi event (docs/product.md §3 LEARN, §6), inside the caller's privileged
 * transaction: stale, removal, non-course and non-tag (native purchase, form…) events are
 * recorded and change nothing;
 * a course tag of a matched user credits LEARN once per (user, tag), as learnCourseCredit
 * says (never past the LEARN cap); badges are evaluated and the credit audited in the same transaction.
 * An unmatched event keeps processed_at NULL and waits (creditWaitingKajabiEvents).
 */
export async function processKajabiEvent(
  tx: Tx,
  stored: { id: string; payload: unknown; received_at: Date },
): Promise<KajabiOutcome> {
  const { name, event } = readKajabiPayload(stored.payload);
  const record = async (
    status: KajabiOutcome,
    options: { userId?: string; points?: number; reason?: string } = {},
  ) => {
    await tx
      .update(kajabi_events)
      .set({
        processed_at: status === "unmatched" ? null : sql`now()`,
        user_match: options.userId ?? null,
      })
      .where(eq(kajabi_events.id, stored.id));
    const values = {
      status,
      points: options.points ?? 0,
      reason: options.reason ?? null,
      updated_at: sql`now()`,
    };
    await tx
      .insert(kajabi_event_results)
      .values({ event_id: stored.id, ...values })
      .onConflictDoUpdate({ target: kajabi_event_results.event_id, set: values });
    return status;
  };

  if (!event) return record("ignored", { reason: `a Kajabi ${name} event, not a tag change` });
  const tag = normaliseTag(event.tag.name);

  // Staleness is judged against when the event reached us, so an event that waited in
  // the unmatched queue is still credited when its user turns up.
  if (
    event.created_at &&
    stored.received_at.getTime() - Date.parse(event.created_at) > REPLAY_WINDOW_MS
  ) {
    return record("ignored", { reason: "older than 24 hours when received" });
  }
  if (event.event_type === "tag.removed")
    return record("ignored", { reason: "tag removals never change points" });
  if (!getEnv().KAJABI_LEARN_TAGS.includes(tag))
    return record("ignored", { reason: "not a Learn course tag" });

  const user = await matchKajabiContact(tx, event.contact);
  if (!user)
    return record("unmatched", { reason: "no user with this contact id or verified email yet" });

  await lockUserPoints(tx, user.id);
  const externalEventId = `kajabi:${user.id}:${tag}`;
  const [already] = await tx
    .select({ id: points_ledger.id })
    .from(points_ledger)
    .where(eq(points_ledger.external_event_id, externalEventId));
  if (already)
    return record("duplicate", { userId: user.id, reason: "this course tag was already credited" });

  const learn = await getLearnTotals(tx, user.id);
  const delta = learnCourseCredit(learn);
  const reason = learnCourseCreditReason(learn, delta);
  if (delta === 0) return record("capped", { userId: user.id, reason });
  const credited = await creditPoints(tx, {
    userId: user.id,
    activity: "LEARN",
    source: "WEBHOOK",
    delta,
    externalSource: "kajabi",
    externalEventId,
  });
  if (!credited)
    return record("duplicate", { userId: user.id, reason: "this course tag was already credited" });

  await writeAudit(tx, {
    actorId: KAJABI_ACTOR,
    action: "kajabi.credited",
    targetId: user.id,
    meta: {
      eventId: stored.id,
      tag,
      points: delta,
      ...(delta < LEARN_POINTS_PER_COURSE && { clampedTo: delta }),
    },
  });
  const badgesAwarded = await evaluateBadges(tx, user.id, KAJABI_ACTOR);
  // The same key as the ledger row: one mail per credited course, however often Kajabi repeats it.
  await notifyUser(
    tx,
    user.id,
    kajabiCreditMail,
    { points: delta, course: event.tag.name, badges: await badgeNames(tx, badgesAwarded) },
    externalEventId,
  );
  return record("credited", {
    userId: user.id,
    points: delta,
    reason,
  });
}
