import type { ActivityCode } from "@/server/activities/activity-canon";
import type { EvidenceValues } from "./evidence-payload";

/** What the points preview shows: the credit now, why, and whether a cap cut it down. */
export interface PointsQuote {
  points: number;
  explanation: string;
  /** A cap or the rolling window reduced the credit below what the evidence asks for. */
  limited: boolean;
  /** Submitting this evidence now would be refused; the explanation says why. */
  refused: boolean;
}

/** The server action behind the preview (it runs the real point rules). */
export type PreviewPoints = (
  activity: ActivityCode,
  values: EvidenceValues,
) => Promise<PointsQuote | null>;
