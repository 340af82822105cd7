import "server-only";
import { eq, sql } from "drizzle-orm";
import { writeAudit } from "../../audit/write-audit";
import { isUniqueViolation } from "../../db/database-error";
import { users } from "../../db/schema";
import type { Tx } from "../../db/types";
import { AppError } from "../../errors";
import { creditWaitingKajabiEvents } from "../../kajabi/credit-waiting-kajabi-events";
import { isAdminEmail } from "../../users/is-admin-email";
import { isAnonymisedEmail } from "../../users/is-anonymised";
import type { UserRow } from "../../users/user-dto";
import { createAccount } from "../create-account";

export interface ClerkProfile {
  id: string;
  email?: string;
  name?: string;
  avatarUrl?: string | null;
}

const PLACEHOLDER_DOMAIN = "users.clerk.invalid";

/**
 * Creates or updates the user with Clerk's id (privileged transaction). Only the fields
 * Clerk sent are changed, so a lazy upsert from a token without profile claims never
 * overwrites what the webhook stored. Unknown email: a placeholder at the reserved
 * .invalid domain until the webhook brings the real one; when it does, ADMIN_EMAILS
 * and waiting Kajabi events apply as they would have at sign-up. An anonymised user is
 * never updated again (a late or retried user.updated must not undo a deletion). A
 * per-id lock makes simultaneous first requests of a new user create it once.
 */
export async function upsertClerkUser(tx: Tx, profile: ClerkProfile): Promise<UserRow> {
  const email = profile.email?.trim().toLowerCase();
  await tx.execute(
    sql`SELECT pg_advisory_xact_lock(hashtext(${`leaps.clerk-user:${profile.id}`}))`,
  );
  try {
    const [existing] = await tx.select().from(users).where(eq(users.id, profile.id));
    if (!existing) {
      return await createAccount(tx, {
        id: profile.id,
        email: email ?? `${profile.id.toLowerCase()}@${PLACEHOLDER_DOMAIN}`,
        name: profile.name ?? email?.split("@")[0] ?? "New educator",
        avatarUrl: profile.avatarUrl ?? null,
      });
    }
    if (isAnonymisedEmail(existing.email)) return existing;
    const changes: Partial<typeof users.$inferInsert> = {};
    if (email && email !== existing.email) changes.email = email;
    if (profile.name && profile.name !== existing.name) changes.name = profile.name;
    if (profile.avatarUrl !== undefined && profile.avatarUrl !== existing.avatar_url)
      changes.avatar_url = profile.avatarUrl;
    const firstRealEmail =
      Boolean(changes.email) && existing.email.endsWith(`@${PLACEHOLDER_DOMAIN}`);
    if (firstRealEmail && isAdminEmail(email!) && existing.role !== "SUPERADMIN") {
      changes.role = "SUPERADMIN";
      await writeAudit(tx, {
        actorId: existing.id,
        action: "user.bootstrap_superadmin",
        targetId: existing.id,
        meta: { reason: "ADMIN_EMAILS", email },
      });
    }
    if (Object.keys(changes).length === 0) return existing;
    const [updated] = await tx
      .update(users)
      .set(changes)
      .where(eq(users.id, profile.id))
      .returning();
    if (firstRealEmail) await creditWaitingKajabiEvents(tx, { email });
    return updated ?? existing;
  } catch (error) {
    if (isUniqueViolation(error, "users_email_key")) {
      throw new AppError("CONFLICT", "Another account already uses this email address.");
    }
    throw error;
  }
}
