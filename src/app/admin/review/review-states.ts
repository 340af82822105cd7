import type { FormState } from "@/server/forms/form-state";
import type { BulkReviewQuote } from "@/server/review/quote-bulk-review";

/** The most a bulk review takes (docs/product.md §4); the queue's page size matches it. */
export const BULK_REVIEW_MAX = 50;

/** What approving would credit, as the decision panel quotes it before the reviewer decides. */
export interface Quote {
  points: number;
  explanation: string;
  clamp?: Record<string, number | string>;
}

/** What one approval or rejection did, as the review page shows it afterwards. */
export interface ReviewOutcome {
  status: "APPROVED" | "REJECTED";
  pointsCredited: number;
  computedPoints: number;
  explanation: string;
  badgesAwarded: string[];
}

export interface ReviewFormState extends FormState {
  outcome?: ReviewOutcome;
}

export interface ReverseFormState extends FormState {
  pointsReversed?: number;
}

/** One line of a bulk review's report: done (with its credit) or refused (with why). */
export type BulkItemOutcome =
  | {
      id: string;
      ok: true;
      status: "APPROVED" | "REJECTED";
      pointsCredited: number;
      badgesAwarded: string[];
    }
  | { id: string; ok: false; message: string };

/** A bulk review waiting for the reviewer's confirmation: what it would do. */
export interface BulkReviewConfirmation extends BulkReviewQuote {
  action: "approve" | "reject";
  /** The quoted ids as the form sent them; Confirm sends them back. */
  ids: string;
}

export interface BulkReviewState extends FormState {
  action?: "approve" | "reject";
  results?: BulkItemOutcome[];
  confirm?: BulkReviewConfirmation;
}
