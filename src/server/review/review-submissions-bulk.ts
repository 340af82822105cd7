import "server-only";
import type { Locale } from "@/i18n/locales";
import { AppError } from "../errors";
import type { UserRow } from "../users/user-dto";
import type { BulkReviewInput } from "./review-inputs";
import { reviewSubmission, type ReviewResult } from "./review-submission";

export type BulkItemResult =
  | ({ ok: true } & ReviewResult)
  | { ok: false; id: string; error: { code: string; message: string } };

/**
 * Approves or rejects up to 50 submissions (docs/product.md §4), each in its own transaction, and
 * reports per item: one refusal (already reviewed, own submission…) never undoes the
 * others. Each item carries the version the reviewer saw; the first of repeated ids counts.
 * A refusal's message is worded in `locale` (the request's or the page's).
 */
export async function reviewSubmissionsBulk(
  reviewer: UserRow,
  input: BulkReviewInput,
  locale: Locale = "en",
): Promise<BulkItemResult[]> {
  const results: BulkItemResult[] = [];
  const versions = new Map<string, string>();
  for (const item of input.items) if (!versions.has(item.id)) versions.set(item.id, item.version);
  for (const [id, version] of versions) {
    try {
      results.push({
        ok: true,
        ...(await reviewSubmission(reviewer, id, {
          action: input.action,
          version,
          note: input.note,
        })),
      });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({
        ok: false,
        id,
        error: { code: error.code, message: error.messageIn(locale) },
      });
    }
  }
  return results;
}
