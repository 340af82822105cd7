import "server-only";
import { and, eq } from "drizzle-orm";
import { dbSession } from "../db/db-session";
import { writeAudit } from "../audit/write-audit";
import { submissions } from "../db/schema";
import { withUser } from "../db/with-user";
import { AppError } from "../errors";
import type { UserRow } from "../users/user-dto";

/**
 * The owner withdraws (deletes) a PENDING submission (docs/product.md §4); its files become
 * unattached and are cleaned up later. Reviewed submissions stay as history (409).
 */
export async function withdrawSubmission(user: UserRow, id: string): Promise<void> {
  await withUser(dbSession(user), async (tx) => {
    const [current] = await tx
      .select({ status: submissions.status, activity: submissions.activity_code })
      .from(submissions)
      .where(and(eq(submissions.id, id), eq(submissions.user_id, user.id)))
      .for("update");
    if (!current) throw new AppError("NOT_FOUND", "errors.submissions.notFound");
    if (current.status !== "PENDING") {
      throw new AppError("CONFLICT", "errors.submissions.staysAsHistory", {
        values: { status: current.status },
      });
    }
    await tx.delete(submissions).where(eq(submissions.id, id));
    await writeAudit(tx, {
      actorId: user.id,
      action: "submission.withdrawn",
      targetId: id,
      meta: { activity: current.activity },
    });
  });
}
