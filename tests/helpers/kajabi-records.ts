import { eq, sql } from "drizzle-orm";
import { privileged } from "../../src/server/db/privileged";
import { queryRows } from "../../src/server/db/query-rows";
import { kajabi_event_results, kajabi_events } from "../../src/server/db/schema";
import type { Database } from "../../src/server/db/types";

/** What the Kajabi tests read back from the database. */
const SYSTEM = { system: "test" } as const;

export async function kajabiCounts(database: Database) {
  const [row] = await queryRows<{ events: number; ledger: number }>(
    database,
    `SELECT (SELECT count(*)::int FROM kajabi_events) AS events,
            (SELECT count(*)::int FROM points_ledger) AS ledger`,
  );
  return row!;
}

export async function learnPointsOf(database: Database, userId: string) {
  const [row] = await queryRows<{ points: number }>(
    database,
    sql`SELECT coalesce(sum(delta_points), 0)::int AS points FROM points_ledger WHERE user_id = ${userId} AND activity_code = 'LEARN'`,
  );
  return row!.points;
}

/** A stored event and its outcome row. */
export async function storedKajabiEvent(id: string) {
  const [event] = await privileged(SYSTEM, (tx) =>
    tx.select().from(kajabi_events).where(eq(kajabi_events.id, id)),
  );
  const [result] = await privileged(SYSTEM, (tx) =>
    tx.select().from(kajabi_event_results).where(eq(kajabi_event_results.event_id, id)),
  );
  return { event, result };
}
