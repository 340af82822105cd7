import "server-only";
import { containsPattern } from "../db/like-pattern";
import { and, asc, count, eq, gte, max, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { asVisitor } from "../db/as-visitor";
import type { Tx } from "../db/types";
import { toLeaderboardItems, type LeaderboardItem } from "./leaderboard-item";
import { leaderboardView, PERIODS, type Period } from "./leaderboard-views";

export const leaderboardQuery = z.object({
  period: z.enum(PERIODS).default("all"),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .transform((value) => value || undefined),
  cohort: z
    .string()
    .trim()
    .max(100)
    .optional()
    .transform((value) => value || undefined),
});
export type LeaderboardQuery = z.input<typeof leaderboardQuery>;

export type { LeaderboardItem };

export interface LeaderboardPage {
  period: Period;
  total: number;
  limit: number;
  offset: number;
  items: LeaderboardItem[];
}

/**
 * A page of a leaderboard (docs/product.md §8): competition ranks, points desc then earlier last
 * activity then handle; search over name, handle and school; cohort filter. Read as a
 * visitor: the views hold public columns only. Unfiltered deep pages seek by rank —
 * exactly rank−1 rows rank above any row — so OFFSET only ever skips within one tie.
 */
export async function listLeaderboard(rawQuery: LeaderboardQuery): Promise<LeaderboardPage> {
  const query = leaderboardQuery.parse(rawQuery);
  const view = leaderboardView(query.period);
  const filters = filtersFor(query);

  return asVisitor(
    async (tx) => {
      let skip = query.offset;
      if (filters.length === 0 && query.offset > 0) {
        const [seek] = await tx
          .select({ rank: max(view.rank) })
          .from(view)
          .where(sql`${view.rank} <= ${query.offset + 1}`);
        if (seek?.rank) {
          filters.push(gte(view.rank, seek.rank));
          skip = query.offset - (seek.rank - 1);
        }
      }
      const rows = await tx
        .select()
        .from(view)
        .where(filters.length > 0 ? and(...filters) : undefined)
        .orderBy(asc(view.rank), asc(view.last_activity_at), asc(view.handle))
        .limit(query.limit)
        .offset(skip);
      const total = await countRows(tx, query);
      return {
        period: query.period,
        total,
        limit: query.limit,
        offset: query.offset,
        items: await toLeaderboardItems(tx, rows),
      };
    },
    { readOnly: true },
  );
}

/** Search (the trigram-indexed name + handle + school expression) and cohort filters. */
function filtersFor(query: z.infer<typeof leaderboardQuery>): SQL[] {
  const view = leaderboardView(query.period);
  const filters: SQL[] = [];
  if (query.q) {
    const pattern = containsPattern(query.q);
    filters.push(
      sql`(${view.name} || ' ' || ${view.handle} || ' ' || coalesce(${view.school}, '')) ILIKE ${pattern}`,
    );
  }
  if (query.cohort) filters.push(eq(view.cohort, query.cohort));
  return filters;
}

async function countRows(tx: Tx, query: z.infer<typeof leaderboardQuery>): Promise<number> {
  const view = leaderboardView(query.period);
  const filters = filtersFor(query);
  const [row] = await tx
    .select({ n: count() })
    .from(view)
    .where(filters.length > 0 ? and(...filters) : undefined);
  return row?.n ?? 0;
}
