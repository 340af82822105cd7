import "server-only";
import { containsPattern } from "../db/like-pattern";
import { and, asc, count, eq, gte, inArray, max, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { asVisitor } from "../db/as-visitor";
import { earned_badges } from "../db/schema";
import type { Tx } from "../db/types";
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

export interface LeaderboardItem {
  rank: number;
  handle: string;
  name: string;
  school: string | null;
  cohort: string | null;
  avatarUrl: string | null;
  points: number;
  publicSubmissions: number;
  badges: string[];
}

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

  return asVisitor(async (tx) => {
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
    const badges = await badgesOf(
      tx,
      rows.map((row) => row.user_id),
    );
    return {
      period: query.period,
      total,
      limit: query.limit,
      offset: query.offset,
      items: rows.map((row) => ({
        rank: row.rank,
        handle: row.handle,
        name: row.name,
        school: row.school,
        cohort: row.cohort,
        avatarUrl: row.avatar_url,
        points: row.total_points,
        publicSubmissions: row.public_submissions,
        badges: badges.get(row.user_id) ?? [],
      })),
    };
  });
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

/** Earned badge codes per user, in the order they were earned. */
export async function badgesOf(tx: Tx, userIds: string[]): Promise<Map<string, string[]>> {
  if (userIds.length === 0) return new Map();
  const rows = await tx
    .select({ userId: earned_badges.user_id, code: earned_badges.badge_code })
    .from(earned_badges)
    .where(inArray(earned_badges.user_id, userIds))
    .orderBy(asc(earned_badges.earned_at), asc(earned_badges.badge_code));
  const byUser = new Map<string, string[]>();
  for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row.code]);
  return byUser;
}
