import "server-only";
import { points_ledger, type LedgerSource } from "../db/schema";
import type { Tx } from "../db/types";

export interface Credit {
  userId: string;
  activity: string;
  source: LedgerSource;
  delta: number;
  /** `submission` | `kajabi` | `admin` (docs/product.md §5). */
  externalSource: string;
  /** Makes the credit idempotent: e.g. `kajabi:<user_id>:<tag>`. */
  externalEventId: string;
}

/**
 * Appends one ledger row, exactly once per externalEventId: a second attempt (a retry,
 * a concurrent duplicate) inserts nothing and returns null. The one way points are
 * written; callers hold lockUserPoints() when a cap or window applies.
 */
export async function creditPoints(tx: Tx, credit: Credit): Promise<{ id: string } | null> {
  const [row] = await tx
    .insert(points_ledger)
    .values({
      user_id: credit.userId,
      activity_code: credit.activity,
      source: credit.source,
      delta_points: credit.delta,
      external_source: credit.externalSource,
      external_event_id: credit.externalEventId,
    })
    .onConflictDoNothing({ target: points_ledger.external_event_id })
    .returning({ id: points_ledger.id });
  return row ?? null;
}
