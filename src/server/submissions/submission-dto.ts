import type { submissions, uploads } from "../db/schema";

export type SubmissionRow = typeof submissions.$inferSelect;
export type UploadRow = typeof uploads.$inferSelect;

export interface AttachmentDto {
  key: string;
  name: string;
  size: number;
  type: string;
}

export interface SubmissionDto {
  id: string;
  userId: string;
  activity: string;
  status: SubmissionRow["status"];
  visibility: SubmissionRow["visibility"];
  payload: unknown;
  attachments: AttachmentDto[];
  reviewerId: string | null;
  reviewNote: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * What visitors and other educators see of a submission they may read (an APPROVED PUBLIC
 * one): the review note and the reviewer stay between the educator and the reviewers.
 */
export type PublicSubmissionDto = Omit<SubmissionDto, "reviewerId" | "reviewNote">;

/** A submission as the API shows it (camelCase); attachments in the submission's order. */
export function toSubmissionDto(row: SubmissionRow, files: UploadRow[] = []): SubmissionDto {
  const byKey = new Map(files.map((file) => [file.key, file]));
  const keys = Array.isArray(row.attachments) ? (row.attachments as string[]) : [];
  return {
    id: row.id,
    userId: row.user_id,
    activity: row.activity_code,
    status: row.status,
    visibility: row.visibility,
    payload: row.payload,
    attachments: keys.flatMap((key) => {
      const file = byKey.get(key);
      return file ? [{ key, name: file.name, size: file.size, type: file.content_type }] : [];
    }),
    reviewerId: row.reviewer_id,
    reviewNote: row.review_note,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
