import type { Locale } from "@/i18n/locales";
import { learnRoom } from "../activities/points-rules";
import { errorText } from "../messages/error-text";
import { renderErrorText } from "../messages/render-error-text";

/**
 * Why the Learn form takes no more evidence, or null while it does: the same three refusals
 * the submission check makes (docs/product.md §3), said before anyone fills in the form,
 * in `locale`.
 */
export function learnClosedReason(
  learn: {
    points: number;
    defaultPoints: number;
    approved: number;
    pending: number;
  },
  locale: Locale = "en",
): string | null {
  if (learnRoom({ points: learn.points, cap: learn.defaultPoints }) === 0) {
    const values = { cap: learn.defaultPoints, points: learn.points };
    return renderErrorText(errorText("errors.submissions.learnClosed.complete", values), locale);
  }
  if (learn.approved > 0) {
    return renderErrorText(errorText("errors.submissions.learnClosed.approved"), locale);
  }
  if (learn.pending > 0) {
    return renderErrorText(errorText("errors.submissions.learnClosed.pending"), locale);
  }
  return null;
}
