import { integer, pgMaterializedView, text, timestamp } from "drizzle-orm/pg-core";

/** The two leaderboard materialized views of migration 0002 (`.existing()`: no DDL). */
const columns = {
  user_id: text("user_id").notNull(),
  handle: text("handle").notNull(),
  name: text("name").notNull(),
  school: text("school"),
  cohort: text("cohort"),
  avatar_url: text("avatar_url"),
  total_points: integer("total_points").notNull(),
  public_submissions: integer("public_submissions").notNull(),
  last_activity_at: timestamp("last_activity_at", { withTimezone: true }).notNull(),
  rank: integer("rank").notNull(),
};

export const leaderboardTotals = pgMaterializedView("leaderboard_totals", columns).existing();
export const leaderboard30d = pgMaterializedView("leaderboard_30d", columns).existing();

export const PERIODS = ["all", "30d"] as const;
export type Period = (typeof PERIODS)[number];

export const leaderboardView = (period: Period) =>
  period === "all" ? leaderboardTotals : leaderboard30d;
