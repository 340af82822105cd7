import "server-only";
import { desc, eq, inArray } from "drizzle-orm";
import { ACTIVITY_CODES, type ActivityCode } from "../activities/activity-canon";
import { learnRoom } from "../activities/points-rules";
import { pointsRuleText } from "../activities/points-wording";
import { dbSession } from "../db/db-session";
import { selectEarnedBadges, type EarnedBadgeDto } from "../badges/select-earned-badges";
import { activities, points_ledger, points_ledger_context, submissions } from "../db/schema";
import { withUser } from "../db/with-user";
import type { UserRow } from "../users/user-dto";
import { learnClosedReason } from "./learn-closed-reason";
import type { Locale } from "@/i18n/locales";

export interface DashboardActivity {
  code: ActivityCode;
  name: string;
  points: number;
  defaultPoints: number;
  approved: number;
  pending: number;
  rejected: number;
  pointsRule: string;
  /** Earned: points in the ledger or an approved submission (pending work does not count). */
  done: boolean;
  /** Why no more evidence is taken for this activity (Learn at its cap), or null. */
  closed: string | null;
}

export interface Dashboard {
  totalPoints: number;
  activities: DashboardActivity[];
  /** The first activity neither done nor waiting for review, in LEAPS order. */
  next: ActivityCode | null;
  /** Activities not done yet whose evidence is waiting for review, in LEAPS order. */
  waitingForReview: ActivityCode[];
  /** Every activity done, from approved work only. */
  allDone: boolean;
  badges: EarnedBadgeDto[];
  history: {
    id: string;
    activity: string;
    source: string;
    points: number;
    createdAt: string;
    note: string | null;
  }[];
}

/**
 * The educator's dashboard (docs/product.md §5: totals straight from the ledger, never stale):
 * points and progress per activity, what to do next, badges and the points history.
 * Read as the educator under RLS. Why a form is closed is worded in `locale`.
 */
export async function getDashboard(user: UserRow, locale: Locale = "en"): Promise<Dashboard> {
  return withUser(dbSession(user), async (tx) => {
    const ledger = await tx
      .select({ entry: points_ledger, context: points_ledger_context.context })
      .from(points_ledger)
      .leftJoin(points_ledger_context, eq(points_ledger_context.ledger_id, points_ledger.id))
      .where(eq(points_ledger.user_id, user.id))
      .orderBy(desc(points_ledger.created_at));
    const own = await tx
      .select({ activity: submissions.activity_code, status: submissions.status })
      .from(submissions)
      .where(eq(submissions.user_id, user.id));
    const catalogue = await tx
      .select()
      .from(activities)
      .where(inArray(activities.code, [...ACTIVITY_CODES]));
    const earned = await selectEarnedBadges(tx, user.id);

    const rows: DashboardActivity[] = ACTIVITY_CODES.map((code) => {
      const points = ledger
        .filter((row) => row.entry.activity_code === code)
        .reduce((sum, row) => sum + row.entry.delta_points, 0);
      const count = (status: string) =>
        own.filter((s) => s.activity === code && s.status === status).length;
      const activity = catalogue.find((a) => a.code === code);
      const defaultPoints = activity?.default_points ?? 0;
      const approved = count("APPROVED");
      const pending = count("PENDING");
      return {
        code,
        name: activity?.name ?? code,
        points,
        defaultPoints,
        approved,
        pending,
        rejected: count("REJECTED"),
        pointsRule: pointsRuleText[code](defaultPoints),
        // LEARN is done at its cap; the others with a credit or an approval.
        done:
          code === "LEARN"
            ? learnRoom({ points, cap: defaultPoints }) === 0 || approved > 0
            : points > 0 || approved > 0,
        closed:
          code === "LEARN"
            ? learnClosedReason({ points, defaultPoints, approved, pending }, locale)
            : null,
      };
    });
    return {
      totalPoints: ledger.reduce((sum, row) => sum + row.entry.delta_points, 0),
      activities: rows,
      next: rows.find((row) => !row.done && row.pending === 0)?.code ?? null,
      waitingForReview: rows.filter((row) => !row.done && row.pending > 0).map((row) => row.code),
      allDone: rows.every((row) => row.done),
      badges: earned,
      history: ledger.slice(0, 50).map(({ entry, context }) => ({
        id: entry.id,
        activity: entry.activity_code,
        source: entry.source,
        points: entry.delta_points,
        createdAt: entry.created_at.toISOString(),
        note: describeContext(context),
      })),
    };
  });
}

function describeContext(context: unknown): string | null {
  if (!context || typeof context !== "object") return null;
  const value = context as { explanation?: string; reason?: string; note?: string };
  return value.reason ?? value.note ?? value.explanation ?? null;
}
