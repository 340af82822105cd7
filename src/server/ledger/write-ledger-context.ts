import "server-only";
import { points_ledger_context } from "../db/schema";
import type { Tx } from "../db/types";

/** Records why a ledger row has its amount (clamp, override, reason); append-only. */
export async function writeLedgerContext(
  tx: Tx,
  ledgerId: string,
  context: Record<string, unknown>,
): Promise<void> {
  await tx.insert(points_ledger_context).values({ ledger_id: ledgerId, context });
}
