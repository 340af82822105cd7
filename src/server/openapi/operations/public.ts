import type { ApiOperation } from "../api-operation";
import { leaderboardQuery } from "../../leaderboard/list-leaderboard";

/** The public face: leaderboards, profiles, programme metrics. */
export const PUBLIC_OPERATIONS: ApiOperation[] = [
  {
    method: "get",
    path: "/api/leaderboard",
    summary: "A leaderboard page: competition ranks, search, cohort filter",
    access: "public",
    query: leaderboardQuery,
    success: {
      status: 200,
      description:
        '{"period","total","limit","offset","items":[{"rank","handle","name","school","cohort","avatarUrl","points","publicSubmissions","badges","badgePages"}]}',
    },
  },
  {
    method: "get",
    path: "/api/profiles/{handle}",
    summary: "A public profile (APPROVED PUBLIC submissions only, never the email)",
    access: "public",
    success: {
      status: 200,
      description:
        '{"handle","name","school","cohort","avatarUrl","points","rank","badges","submissions"}',
    },
  },
  {
    method: "get",
    path: "/api/metrics",
    summary: "Programme aggregates (no personal data)",
    access: "public",
    success: {
      status: 200,
      description:
        "participants, pointsAwarded, peersReached, studentsReached, storiesShared, badgesEarned, byActivity, byMonth",
    },
  },
];
