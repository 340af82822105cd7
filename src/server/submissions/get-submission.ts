import "server-only";
import { eq, getTableColumns } from "drizzle-orm";
import { dbSession } from "../db/db-session";
import { asVisitor } from "../db/as-visitor";
import { submissions } from "../db/schema";
import type { Tx } from "../db/types";
import { visitorSubmissionColumns } from "../db/visitor-columns";
import { withUser } from "../db/with-user";
import { AppError } from "../errors";
import { hasRole } from "../users/roles";
import type { UserRow } from "../users/user-dto";
import { loadAttachmentFiles } from "./load-attachment-files";
import { toSubmissionDto, type PublicSubmissionDto, type SubmissionDto } from "./submission-dto";

/**
 * One submission as the reader may see it (RLS decides: the owner, reviewers, or anyone
 * for APPROVED PUBLIC ones). Anything else is NOT_FOUND, never a hint that it exists.
 * The owner and reviewers get all of it; everyone else the public part.
 */
export async function getSubmission(
  reader: UserRow | null,
  id: string,
): Promise<SubmissionDto | PublicSubmissionDto> {
  const read = async (tx: Tx) => {
    const columns = reader ? getTableColumns(submissions) : visitorSubmissionColumns;
    const [row] = await tx.select(columns).from(submissions).where(eq(submissions.id, id));
    return row ? toSubmissionDto(row, await loadAttachmentFiles(tx, [row])) : undefined;
  };
  const found = reader ? await withUser(dbSession(reader), read) : await asVisitor(read);
  if (!found) throw new AppError("NOT_FOUND", "errors.submissions.notFound");
  const full = reader && (reader.id === found.userId || hasRole(reader.role, "REVIEWER"));
  return full ? found : publicPart(found);
}

function publicPart(submission: SubmissionDto): PublicSubmissionDto {
  return {
    id: submission.id,
    userId: submission.userId,
    activity: submission.activity,
    status: submission.status,
    visibility: submission.visibility,
    payload: submission.payload,
    attachments: submission.attachments,
    createdAt: submission.createdAt,
    updatedAt: submission.updatedAt,
  };
}
