/**
 * The point rules of docs/product.md §3–§4 (LEARN, EXPLORE, PRESENT, SHINE and the
 * reviewer's override; AMPLIFY is in amplify-rules.ts) as pure functions of numbers the
 * callers read from the database. No database and no "server-only" here: pages and forms
 * quote the same values the server applies.
 */
import { errorText, type ErrorText } from "../messages/error-text";

/** What approving a submission would credit now, and why. */
export interface CreditQuote {
  points: number;
  /** One sentence a reviewer or educator can read. */
  explanation: string;
  /** Set when a cap or window reduced the credit below what the evidence asked for. */
  clamp?: Record<string, number | string>;
}

/**
 * default_points as the seed migration writes them. The activities table is the truth
 * (an admin may change it); these are for texts that have no database at hand, such as
 * the home page and the evidence forms' rule line.
 */
export const SEEDED_DEFAULT_POINTS = {
  LEARN: 20,
  EXPLORE: 50,
  AMPLIFY: 0,
  PRESENT: 20,
  SHINE: 0,
} as const;

/** LEARN credited by the course platform (Kajabi) for each distinct completed-course tag. */
export const LEARN_POINTS_PER_COURSE = 10;

/** A reviewer may credit this many percent more or less than the computed credit. */
export const OVERRIDE_BAND_PERCENT = 20;

/** A user's LEARN points and the LEARN cap (LEARN's default_points). */
export interface LearnTotals {
  points: number;
  cap: number;
}

/** The LEARN points still possible before the cap; never negative. */
export function learnRoom({ points, cap }: LearnTotals): number {
  return Math.max(0, cap - points);
}

/** One course tag: its points, or what is left of them under the cap. */
export function learnCourseCredit(totals: LearnTotals): number {
  return Math.min(LEARN_POINTS_PER_COURSE, learnRoom(totals));
}

/** An approved certificate fills LEARN up to the cap. */
export function learnCertificateQuote(totals: LearnTotals): CreditQuote {
  const room = learnRoom(totals);
  return room === 0
    ? { points: 0, explanation: `Learn is already at its cap of ${totals.cap} points.` }
    : {
        points: room,
        explanation: `Completes Learn: ${room} points up to the cap of ${totals.cap}.`,
      };
}

/** Why a new Learn certificate would be refused at submission, or undefined. */
export function learnCompleteRefusal(totals: LearnTotals): ErrorText | undefined {
  return learnRoom(totals) === 0
    ? errorText("errors.submissions.learnComplete", { points: totals.points, cap: totals.cap })
    : undefined;
}

/** Why an admin's positive LEARN adjustment would pass the cap, or undefined. */
export function learnAdjustmentRefusal(totals: LearnTotals, delta: number): ErrorText | undefined {
  const room = learnRoom(totals);
  return delta > room
    ? errorText("errors.ledger.learnCap", { cap: totals.cap, points: totals.points, room })
    : undefined;
}

/** Why a course tag credits nothing or less than its full points, or undefined. */
export function learnCourseCreditReason(totals: LearnTotals, credit: number): string | undefined {
  if (credit === 0) return `LEARN is capped at ${totals.cap} points`;
  if (credit < LEARN_POINTS_PER_COURSE) return `clamped to the LEARN cap of ${totals.cap}`;
  return undefined;
}

/** EXPLORE and PRESENT: the first approved submission earns default_points, later ones 0. */
export function firstApprovedQuote(options: {
  activityName: string;
  defaultPoints: number;
  alreadyApproved: boolean;
}): CreditQuote {
  return options.alreadyApproved
    ? {
        points: 0,
        explanation: `Only the first approved ${options.activityName} earns points; this one is recognition.`,
      }
    : {
        points: options.defaultPoints,
        explanation: `First approved ${options.activityName}: ${options.defaultPoints} points.`,
      };
}

export const SHINE_QUOTE: CreditQuote = {
  points: 0,
  explanation: "Shine is recognised with the Shine Star badge, not points.",
};

/** The points a reviewer may credit instead of `computed`: ±20 %, each end rounded. */
export function overrideBand(computed: number): { low: number; high: number } {
  return {
    low: Math.round((computed * (100 - OVERRIDE_BAND_PERCENT)) / 100),
    high: Math.round((computed * (100 + OVERRIDE_BAND_PERCENT)) / 100),
  };
}

/** "±20 % of 50": the band in words. */
export function overrideBandWording(computed: number): string {
  return `±${OVERRIDE_BAND_PERCENT} % of ${computed}`;
}

/** Why `points` is not an allowed override of `computed`, or undefined when it is. */
export function overrideRefusal(computed: number, points: number): ErrorText | undefined {
  const { low, high } = overrideBand(computed);
  return points < low || points > high
    ? errorText("errors.review.overrideRange", {
        low,
        high,
        percent: OVERRIDE_BAND_PERCENT,
        computed,
      })
    : undefined;
}
