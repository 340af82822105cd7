import "server-only";
import { sql } from "drizzle-orm";
import type { Tx } from "../db/types";

/**
 * Serialises every point rule of one user (LEARN cap, AMPLIFY window) until the
 * transaction ends: two credits for the same user are computed one after the other,
 * never from the same stale total (docs/architecture.md, data access).
 */
export async function lockUserPoints(tx: Tx, userId: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`leaps.points:${userId}`}))`);
}
