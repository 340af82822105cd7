import "server-only";
import { sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit";
import { account_settings } from "../db/schema";
import type { Tx } from "../db/types";

/**
 * A person turns their programme notifications on or off (docs/product.md §13), in settings
 * or `via` an unsubscribe link: upserts their settings row in the caller's privileged
 * transaction; a change is audited (as the person), a repeat is not.
 */
export async function setProgrammeEmails(
  tx: Tx,
  userId: string,
  on: boolean,
  via?: string,
): Promise<void> {
  const [row] = await tx
    .insert(account_settings)
    .values({ user_id: userId, programme_emails: on })
    .onConflictDoUpdate({
      target: account_settings.user_id,
      set: { programme_emails: on, updated_at: sql`now()` },
      setWhere: sql`${account_settings.programme_emails} IS DISTINCT FROM ${on}`,
    })
    .returning({ userId: account_settings.user_id });
  if (row)
    await writeAudit(tx, {
      actorId: userId,
      action: "settings.programme_emails",
      targetId: userId,
      meta: { on, ...(via && { via }) },
    });
}
