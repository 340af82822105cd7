import "server-only";
import { eq } from "drizzle-orm";
import { isUniqueViolation } from "../../db/database-error";
import { users } from "../../db/schema";
import type { Tx } from "../../db/types";
import { AppError } from "../../errors";
import { createUser } from "../../users/create-user";
import type { UserRow } from "../../users/user-dto";

export interface ClerkProfile {
  id: string;
  email?: string;
  name?: string;
  avatarUrl?: string | null;
}

/**
 * Creates or updates the user with Clerk's id (privileged transaction). Only the fields
 * Clerk sent are changed, so a lazy upsert from a token without profile claims never
 * overwrites what the webhook stored. Unknown email: a placeholder at the reserved
 * .invalid domain until the webhook brings the real one.
 */
export async function upsertClerkUser(tx: Tx, profile: ClerkProfile): Promise<UserRow> {
  const email = profile.email?.trim().toLowerCase();
  try {
    const [existing] = await tx.select().from(users).where(eq(users.id, profile.id));
    if (!existing) {
      return await createUser(tx, {
        id: profile.id,
        email: email ?? `${profile.id.toLowerCase()}@users.clerk.invalid`,
        name: profile.name ?? email?.split("@")[0] ?? "New educator",
        avatarUrl: profile.avatarUrl ?? null,
      });
    }
    const changes: Partial<typeof users.$inferInsert> = {};
    if (email && email !== existing.email) changes.email = email;
    if (profile.name && profile.name !== existing.name) changes.name = profile.name;
    if (profile.avatarUrl !== undefined && profile.avatarUrl !== existing.avatar_url)
      changes.avatar_url = profile.avatarUrl;
    if (Object.keys(changes).length === 0) return existing;
    const [updated] = await tx
      .update(users)
      .set(changes)
      .where(eq(users.id, profile.id))
      .returning();
    return updated ?? existing;
  } catch (error) {
    if (isUniqueViolation(error, "users_email_key")) {
      throw new AppError("CONFLICT", "Another account already uses this email address.");
    }
    throw error;
  }
}
