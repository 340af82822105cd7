import type { ApiOperation } from "../api-operation";
import { createSubmissionInput } from "../../submissions/create-submission";
import { listOwnSubmissionsInput } from "../../submissions/list-own-submissions";
import { updateSubmissionInput } from "../../submissions/update-submission";

/** Evidence files and one's own submissions. */
export const EVIDENCE_OPERATIONS: ApiOperation[] = [
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
    summary:
      "Read a file (owner, reviewers, or APPROVED PUBLIC submissions); one `Range: bytes=…` → 206",
    access: "public",
    success: { status: 200, description: "The file, streamed" },
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
    success: { status: 200, description: '{"items":[{…,"summary"}],"total"}' },
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
];
