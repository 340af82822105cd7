import "server-only";
import { eq, sql } from "drizzle-orm";
import { isUniqueViolation } from "../../db/database-error";
import { account_settings, users } from "../../db/schema";
import type { Tx } from "../../db/types";
import { AppError } from "../../errors";
import { isAnonymisedEmail } from "../../users/is-anonymised";
import type { UserRow } from "../../users/user-dto";
import { createAccount } from "../create-account";
import { markEmailVerified } from "../verification/mark-email-verified";

export interface ClerkProfile {
  id: string;
  email?: string;
  /** Clerk's verification status of that email; undefined when the source does not say. */
  emailVerified?: boolean;
  name?: string;
  avatarUrl?: string | null;
}

const PLACEHOLDER_DOMAIN = "users.clerk.invalid";

/**
 * Creates or updates the user with Clerk's id (privileged transaction). Only the fields
 * Clerk sent are changed, so a lazy upsert from a token without profile claims never
 * overwrites what the webhook stored. Unknown email: a placeholder at the reserved
 * .invalid domain until the webhook brings the real one. Clerk's verification status is
 * the user's (docs/product.md §2): when an email becomes verified, ADMIN_EMAILS and the
 * waiting Kajabi events apply (markEmailVerified); a new or unverified email loses the
 * status. An anonymised user is never updated again (a late or retried user.updated must
 * not undo a deletion). A per-id lock makes simultaneous first requests create it once.
 */
export async function upsertClerkUser(tx: Tx, profile: ClerkProfile): Promise<UserRow> {
  const email = profile.email?.trim().toLowerCase();
  await tx.execute(
    sql`SELECT pg_advisory_xact_lock(hashtext(${`leaps.clerk-user:${profile.id}`}))`,
  );
  try {
    const [existing] = await tx.select().from(users).where(eq(users.id, profile.id));
    if (!existing) {
      return await createAccount(
        tx,
        {
          id: profile.id,
          email: email ?? `${profile.id.toLowerCase()}@${PLACEHOLDER_DOMAIN}`,
          name: profile.name ?? email?.split("@")[0] ?? "New educator",
          avatarUrl: profile.avatarUrl ?? null,
        },
        { emailVerified: Boolean(email && profile.emailVerified), mailVerification: false },
      );
    }
    if (isAnonymisedEmail(existing.email)) return existing;
    const changes: Partial<typeof users.$inferInsert> = {};
    if (email && email !== existing.email) changes.email = email;
    if (profile.name && profile.name !== existing.name) changes.name = profile.name;
    if (profile.avatarUrl !== undefined && profile.avatarUrl !== existing.avatar_url)
      changes.avatar_url = profile.avatarUrl;
    const [updated] =
      Object.keys(changes).length === 0
        ? [existing]
        : await tx.update(users).set(changes).where(eq(users.id, profile.id)).returning();
    return await syncVerification(tx, updated ?? existing, {
      emailChanged: Boolean(changes.email),
      verified: email ? profile.emailVerified : undefined,
    });
  } catch (error) {
    if (isUniqueViolation(error, "users_email_key")) {
      throw new AppError("CONFLICT", "errors.auth.emailInUse");
    }
    throw error;
  }
}

/** Clerk's status becomes the user's: verified once → markEmailVerified; else unverified. */
async function syncVerification(
  tx: Tx,
  user: UserRow,
  clerk: { emailChanged: boolean; verified: boolean | undefined },
): Promise<UserRow> {
  const [settings] = await tx
    .select({ at: account_settings.email_verified_at })
    .from(account_settings)
    .where(eq(account_settings.user_id, user.id));
  const wasVerified = Boolean(settings?.at) && !clerk.emailChanged;
  if (clerk.verified === true && !user.email.endsWith(`@${PLACEHOLDER_DOMAIN}`)) {
    return wasVerified ? user : markEmailVerified(tx, user);
  }
  if (settings?.at && (clerk.verified === false || clerk.emailChanged)) {
    await tx
      .update(account_settings)
      .set({ email_verified_at: null, updated_at: new Date() })
      .where(eq(account_settings.user_id, user.id));
  }
  return user;
}
