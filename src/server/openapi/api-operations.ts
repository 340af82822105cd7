import { z } from "zod";
import { ACTIVITY_CANON } from "../activities/activity-canon";
import { signInInput } from "../auth/local/sign-in-with-password";
import { signUpInput } from "../auth/local/sign-up-with-password";
import { badgeRecipientInput } from "../badges/badge-recipient-input";
import { createBadgeInput, updateBadgeInput } from "../badges/badge-inputs";
import { linkKajabiContactInput } from "../kajabi/link-kajabi-contact";
import { listKajabiEventsInput } from "../kajabi/list-kajabi-events";
import { kajabiEvent } from "../kajabi/kajabi-event";
import { leaderboardQuery } from "../leaderboard/list-leaderboard";
import { manualAdjustmentInput } from "../ledger/add-manual-adjustment";
import { bulkReviewInput, reverseInput, reviewInput } from "../review/review-inputs";
import { reviewQueueInput } from "../review/list-review-queue";
import { createSubmissionInput } from "../submissions/create-submission";
import { listOwnSubmissionsInput } from "../submissions/list-own-submissions";
import { updateSubmissionInput } from "../submissions/update-submission";
import { assignCohortInput } from "../users/assign-cohort";
import { listUsersInput } from "../users/list-users";
import { adminUserInput } from "../users/update-user-as-admin";
import { profileInput } from "../users/update-own-profile";

export type Access = "public" | "user" | "reviewer" | "admin" | "signed webhook";

export interface ApiOperation {
  method: "get" | "post" | "patch" | "delete";
  path: string;
  summary: string;
  access: Access;
  /** JSON body, validated by this very schema in the route handler. */
  body?: z.ZodType;
  /** Query parameters, validated by this very schema in the route handler. */
  query?: z.ZodObject;
  /** Set when the body is not JSON. */
  multipart?: boolean;
  success: { status: number; description: string };
}

/**
 * Every JSON endpoint with the zod schema its handler validates with: the OpenAPI
 * document is generated from these (docs/product.md §11), so it cannot drift from the validation.
 */
export const API_OPERATIONS: ApiOperation[] = [
  {
    method: "get",
    path: "/api/health",
    summary: "Health of the app and its database",
    access: "public",
    success: { status: 200, description: '{"status":"ok","database":"ok"}' },
  },
  {
    method: "post",
    path: "/api/auth/sign-up",
    summary: "Create a local account and sign in",
    access: "public",
    body: signUpInput,
    success: { status: 201, description: '{"user":{…}} and the session cookie' },
  },
  {
    method: "post",
    path: "/api/auth/sign-in",
    summary: "Sign in to a local account",
    access: "public",
    body: signInInput,
    success: { status: 200, description: '{"user":{…}} and the session cookie' },
  },
  {
    method: "post",
    path: "/api/auth/sign-out",
    summary: "End the session",
    access: "public",
    success: { status: 204, description: "The session cookie is cleared" },
  },
  {
    method: "get",
    path: "/api/me",
    summary: "The signed-in user with their points",
    access: "user",
    success: {
      status: 200,
      description: "id, handle, name, email, role, school, cohort, avatarUrl, points",
    },
  },
  {
    method: "patch",
    path: "/api/me",
    summary: "Edit one's profile",
    access: "user",
    body: profileInput,
    success: { status: 200, description: "The user" },
  },
  {
    method: "post",
    path: "/api/uploads",
    summary: "Upload an evidence file (PDF, JPEG, PNG, WebP; ≤ 10 MB), field `file`",
    access: "user",
    multipart: true,
    success: { status: 201, description: '{"key","name","size","type"}' },
  },
  {
    method: "get",
    path: "/api/files/{key}",
    summary: "Read a file (owner, reviewers, or APPROVED PUBLIC submissions)",
    access: "public",
    success: { status: 200, description: "The file" },
  },
  {
    method: "post",
    path: "/api/submissions",
    summary: "Submit evidence (payload per activity: see x-activity-payloads)",
    access: "user",
    body: createSubmissionInput,
    success: { status: 201, description: "The submission (PENDING)" },
  },
  {
    method: "get",
    path: "/api/submissions",
    summary: "One's own submissions",
    access: "user",
    query: listOwnSubmissionsInput,
    success: { status: 200, description: '{"items":[…],"total"}' },
  },
  {
    method: "get",
    path: "/api/submissions/{id}",
    summary: "A submission the caller may see",
    access: "public",
    success: {
      status: 200,
      description: "The submission (reviewNote and reviewerId only for its owner and reviewers)",
    },
  },
  {
    method: "patch",
    path: "/api/submissions/{id}",
    summary: "Edit a PENDING submission, or switch visibility",
    access: "user",
    body: updateSubmissionInput,
    success: { status: 200, description: "The submission" },
  },
  {
    method: "delete",
    path: "/api/submissions/{id}",
    summary: "Withdraw a PENDING submission",
    access: "user",
    success: { status: 204, description: "Withdrawn" },
  },
  {
    method: "get",
    path: "/api/admin/submissions",
    summary: "The review queue",
    access: "reviewer",
    query: reviewQueueInput,
    success: { status: 200, description: '{"items":[{…,"version"}],"total","limit","offset"}' },
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
  {
    method: "get",
    path: "/api/admin/users",
    summary: "Users: search, filter, paginate",
    access: "admin",
    query: listUsersInput,
    success: { status: 200, description: '{"items":[…],"total",…}' },
  },
  {
    method: "get",
    path: "/api/admin/users/{id}",
    summary: "A user with their audit trail",
    access: "admin",
    success: { status: 200, description: '{"user","audit"}' },
  },
  {
    method: "patch",
    path: "/api/admin/users/{id}",
    summary: "Edit role, cohort, school, handle, Kajabi contact id",
    access: "admin",
    body: adminUserInput,
    success: { status: 200, description: "The user" },
  },
  {
    method: "post",
    path: "/api/admin/users/cohort",
    summary: "Assign a cohort to many users",
    access: "admin",
    body: assignCohortInput,
    success: { status: 200, description: '{"updated","unchanged","notFound"}' },
  },
  {
    method: "get",
    path: "/api/admin/badges",
    summary: "The badge catalogue",
    access: "admin",
    success: { status: 200, description: '{"items":[…]}' },
  },
  {
    method: "post",
    path: "/api/admin/badges",
    summary: "Create a badge",
    access: "admin",
    body: createBadgeInput,
    success: { status: 201, description: "The badge" },
  },
  {
    method: "patch",
    path: "/api/admin/badges/{code}",
    summary: "Edit a badge",
    access: "admin",
    body: updateBadgeInput,
    success: { status: 200, description: "The badge" },
  },
  {
    method: "post",
    path: "/api/admin/badges/{code}/award",
    summary: "Award a badge to a user",
    access: "admin",
    body: badgeRecipientInput,
    success: { status: 200, description: '{"awarded"}' },
  },
  {
    method: "post",
    path: "/api/admin/badges/{code}/revoke",
    summary: "Revoke a user's badge",
    access: "admin",
    body: badgeRecipientInput,
    success: { status: 204, description: "Revoked" },
  },
  {
    method: "get",
    path: "/api/leaderboard",
    summary: "A leaderboard page: competition ranks, search, cohort filter",
    access: "public",
    query: leaderboardQuery,
    success: {
      status: 200,
      description:
        '{"period","total","limit","offset","items":[{"rank","handle","name","school","cohort","avatarUrl","points","publicSubmissions","badges"}]}',
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
  {
    method: "post",
    path: "/api/cron/refresh-leaderboards",
    summary: "Refresh the leaderboards now (Authorization: Bearer $CRON_SECRET)",
    access: "signed webhook",
    success: { status: 200, description: '{"refreshed","durationMs","version"}' },
  },
  {
    method: "post",
    path: "/api/kajabi/webhook",
    summary: "Kajabi course tags (X-Kajabi-Signature: hex HMAC-SHA256 of the body)",
    access: "signed webhook",
    body: kajabiEvent,
    success: {
      status: 200,
      description: '{"status":"credited|duplicate|ignored|unmatched|capped"}',
    },
  },
  {
    method: "get",
    path: "/api/admin/kajabi/events",
    summary: "Kajabi events with outcome counts",
    access: "admin",
    query: listKajabiEventsInput,
    success: { status: 200, description: '{"items","total","counts"}' },
  },
  {
    method: "post",
    path: "/api/admin/kajabi/events/{id}/reprocess",
    summary: "Reprocess an unmatched event",
    access: "admin",
    success: { status: 200, description: '{"id","status"}' },
  },
  {
    method: "post",
    path: "/api/admin/kajabi/events/reprocess",
    summary: "Reprocess all unmatched events",
    access: "admin",
    success: { status: 200, description: '{"outcomes"}' },
  },
  {
    method: "post",
    path: "/api/admin/kajabi/link",
    summary: "Link a Kajabi contact id to a user",
    access: "admin",
    body: linkKajabiContactInput,
    success: { status: 200, description: '{"user"}' },
  },
  {
    method: "post",
    path: "/api/webhooks/clerk",
    summary: "Clerk user webhook (Svix-signed)",
    access: "signed webhook",
    success: { status: 200, description: '{"status":"processed|duplicate|ignored"}' },
  },
];

/** The payload schema of each activity, published beside the operations. */
export const ACTIVITY_PAYLOAD_SCHEMAS = Object.fromEntries(
  Object.values(ACTIVITY_CANON).map((rules) => [rules.code, rules.payload]),
);
