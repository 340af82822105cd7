import "server-only";
import type { ExportKind } from "./export-filters";
import { auditExport } from "./export-queries/audit";
import type { ExportSource } from "./export-queries/batch";
import { leaderboardExport } from "./export-queries/leaderboard";
import { pointsExport } from "./export-queries/points";
import { submissionsExport } from "./export-queries/submissions";
import { usersExport } from "./export-queries/users";

export const EXPORT_SOURCES: Record<ExportKind, ExportSource> = {
  submissions: submissionsExport,
  users: usersExport,
  leaderboard: leaderboardExport,
  points: pointsExport,
  audit: auditExport,
};
