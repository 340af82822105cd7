import type { ApiOperation } from "../api-operation";
import { manualAdjustmentInput } from "../../ledger/add-manual-adjustment";
import { bulkReviewInput, reverseInput, reviewInput } from "../../review/review-inputs";
import { reviewQueueInput } from "../../review/list-review-queue";

/** Reviewing submissions and adjusting points. */
export const REVIEW_OPERATIONS: ApiOperation[] = [
  {
    method: "get",
    path: "/api/admin/submissions",
    summary: "The review queue",
    access: "reviewer",
    query: reviewQueueInput,
    success: {
      status: 200,
      description: '{"items":[{…,"version","summary"}],"total","limit","offset"}',
    },
  },
  {
    method: "get",
    path: "/api/admin/submissions/{id}",
    summary: "A submission with the educator's history and the computed credit",
    access: "reviewer",
    success: {
      status: 200,
      description: '{"submission","version","user","history","ledger","badges","quote",…}',
    },
  },
  {
    method: "post",
    path: "/api/admin/submissions/{id}/review",
    summary: "Approve or reject the version seen (changed since → 409 STALE_SUBMISSION)",
    access: "reviewer",
    body: reviewInput,
    success: { status: 200, description: '{"id","status","pointsCredited",…}' },
  },
  {
    method: "post",
    path: "/api/admin/submissions/review",
    summary: "Bulk approve or reject (≤ 50 items of id + version), per-item results",
    access: "reviewer",
    body: bulkReviewInput,
    success: { status: 200, description: '{"results":[…]}' },
  },
  {
    method: "post",
    path: "/api/admin/submissions/{id}/reverse",
    summary: "Reverse an approval (compensating ledger row)",
    access: "admin",
    body: reverseInput,
    success: { status: 200, description: '{"id","status":"REJECTED","pointsReversed"}' },
  },
  {
    method: "post",
    path: "/api/admin/ledger",
    summary: "Manual points adjustment",
    access: "admin",
    body: manualAdjustmentInput,
    success: { status: 201, description: "The ledger row" },
  },
];
