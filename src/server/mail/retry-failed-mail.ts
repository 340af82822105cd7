import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit";
import { privileged } from "../db/privileged";
import { mail_outbox } from "../db/schema";
import { AppError } from "../errors";
import type { UserRow } from "../users/user-dto";

/**
 * An admin sends a failed message again (docs/product.md §13): it becomes pending and due
 * now, for one more attempt (its day of retries is over, so another failure marks it failed
 * again; its attempts and error stay for the record). Only failed messages: a sent one is
 * never repeated. Audited.
 */
export async function retryFailedMail(admin: UserRow, id: string): Promise<void> {
  await privileged({ userId: admin.id }, async (tx) => {
    const [row] = await tx
      .update(mail_outbox)
      .set({ status: "pending", next_attempt_at: sql`now()` })
      .where(and(eq(mail_outbox.id, id), eq(mail_outbox.status, "failed")))
      .returning({ to: mail_outbox.to_address });
    if (!row) throw new AppError("CONFLICT", "errors.mail.retryOnlyFailed");
    await writeAudit(tx, {
      actorId: admin.id,
      action: "mail.retried",
      targetId: id,
      meta: { to: row.to },
    });
  });
}
