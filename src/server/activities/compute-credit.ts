import "server-only";
import { and, count, eq, ne } from "drizzle-orm";
import { submissions } from "../db/schema";
import type { Tx } from "../db/types";
import { getActivityPoints } from "../ledger/get-activity-points";
import type { ActivityCode } from "./activity-canon";
import { AMPLIFY_MAX_PEERS, AMPLIFY_MAX_STUDENTS, type AmplifyPayload } from "./activity-payloads";
import { amplifyWindowUsage } from "./amplify-window-usage";

export interface CreditQuote {
  points: number;
  /** One sentence a reviewer or educator can read. */
  explanation: string;
  /** Set when a cap or window reduced the credit below what the evidence asked for. */
  clamp?: Record<string, number | string>;
}

/**
 * The points approving this submission would credit now (docs/product.md §3) — the one place the
 * point rules live. Approval calls it under the user's points lock, so the answer is
 * the credit; forms call it for a preview.
 */
export async function computeCredit(
  tx: Tx,
  submission: { id?: string; userId: string; activity: ActivityCode; payload: unknown },
): Promise<CreditQuote> {
  const { activity, userId } = submission;
  const current = await getActivityPoints(tx, userId, activity);
  switch (activity) {
    case "LEARN": {
      const room = Math.max(0, current.defaultPoints - current.points);
      return room === 0
        ? {
            points: 0,
            explanation: `Learn is already at its cap of ${current.defaultPoints} points.`,
          }
        : {
            points: room,
            explanation: `Completes Learn: ${room} points up to the cap of ${current.defaultPoints}.`,
          };
    }
    case "EXPLORE":
    case "PRESENT": {
      const [approved] = await tx
        .select({ n: count() })
        .from(submissions)
        .where(
          and(
            eq(submissions.user_id, userId),
            eq(submissions.activity_code, activity),
            eq(submissions.status, "APPROVED"),
            ne(submissions.id, submission.id ?? ""),
          ),
        );
      return (approved?.n ?? 0) > 0
        ? {
            points: 0,
            explanation: `Only the first approved ${label(activity)} earns points; this one is recognition.`,
          }
        : {
            points: current.defaultPoints,
            explanation: `First approved ${label(activity)}: ${current.defaultPoints} points.`,
          };
    }
    case "AMPLIFY":
      return amplifyCredit(tx, submission.id, userId, submission.payload as AmplifyPayload);
    case "SHINE":
      return {
        points: 0,
        explanation: "Shine is recognised with the Shine Star badge, not points.",
      };
  }
}

async function amplifyCredit(
  tx: Tx,
  id: string | undefined,
  userId: string,
  payload: AmplifyPayload,
): Promise<CreditQuote> {
  const used = await amplifyWindowUsage(tx, {
    userId,
    sessionDate: payload.sessionDate,
    statuses: ["APPROVED"],
    excludeId: id,
  });
  const peers = Math.min(payload.peersTrained, Math.max(0, AMPLIFY_MAX_PEERS - used.peers));
  const students = Math.min(
    payload.studentsTrained,
    Math.max(0, AMPLIFY_MAX_STUDENTS - used.students),
  );
  const points = 2 * peers + students;
  const asked = 2 * payload.peersTrained + payload.studentsTrained;
  const explanation = `${peers} peers × 2 + ${students} students × 1 = ${points} points.`;
  if (points === asked) return { points, explanation };
  return {
    points,
    explanation: `${explanation} Clamped from ${asked}: approvals in the 7-day window already used ${used.peers} peers and ${used.students} students.`,
    clamp: {
      requestedPoints: asked,
      creditedPeers: peers,
      creditedStudents: students,
      windowPeersUsed: used.peers,
      windowStudentsUsed: used.students,
    },
  };
}

function label(activity: ActivityCode): string {
  return activity.charAt(0) + activity.slice(1).toLowerCase();
}
