import { learnRoom } from "../activities/points-rules";

/**
 * Why the Learn form takes no more evidence, or null while it does: the same three refusals
 * the submission check makes (docs/product.md §3), said before anyone fills in the form.
 */
export function learnClosedReason(learn: {
  points: number;
  defaultPoints: number;
  approved: number;
  pending: number;
}): string | null {
  if (learnRoom({ points: learn.points, cap: learn.defaultPoints }) === 0) {
    return `Learn is complete: it earns at most ${learn.defaultPoints} points, and you have ${learn.points}. Further courses add no points.`;
  }
  if (learn.approved > 0) return "Your Learn certificate is approved: only one is needed.";
  if (learn.pending > 0) {
    return "Your Learn certificate is waiting for review: only one is needed.";
  }
  return null;
}
