import "server-only";
import { eq } from "drizzle-orm";
import { dbSession } from "../db/db-session";
import { asVisitor } from "../db/as-visitor";
import { submissions } from "../db/schema";
import type { Tx } from "../db/types";
import { withUser } from "../db/with-user";
import { AppError } from "../errors";
import type { UserRow } from "../users/user-dto";
import { loadAttachmentFiles } from "./load-attachment-files";
import { toSubmissionDto, type SubmissionDto } from "./submission-dto";

/**
 * One submission as the reader may see it (RLS decides: the owner, reviewers, or anyone
 * for APPROVED PUBLIC ones). Anything else is NOT_FOUND, never a hint that it exists.
 */
export async function getSubmission(reader: UserRow | null, id: string): Promise<SubmissionDto> {
  const read = async (tx: Tx) => {
    const [row] = await tx.select().from(submissions).where(eq(submissions.id, id));
    return row ? toSubmissionDto(row, await loadAttachmentFiles(tx, [row])) : undefined;
  };
  const found = reader ? await withUser(dbSession(reader), read) : await asVisitor(read);
  if (!found) throw new AppError("NOT_FOUND", "No such submission.");
  return found;
}
