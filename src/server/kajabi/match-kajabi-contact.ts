import "server-only";
import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { account_settings, users } from "../db/schema";
import type { Tx } from "../db/types";
import type { UserRow } from "../users/user-dto";

/**
 * docs/product.md §6 matching: the user whose kajabi_contact_id is the contact's id, else the user
 * with the contact's email (case-insensitive) once that email is verified (§2: signing up
 * with a teacher's address must not collect their credit), who then gets the contact id
 * linked (only when they have none yet, so an admin's link is never overwritten). An
 * unverified match waits; verification credits it (markEmailVerified).
 */
export async function matchKajabiContact(
  tx: Tx,
  contact: { id: string; email: string },
): Promise<UserRow | null> {
  const [byContact] = await tx.select().from(users).where(eq(users.kajabi_contact_id, contact.id));
  if (byContact) return byContact;
  const [found] = await tx
    .select({ user: users })
    .from(users)
    .innerJoin(account_settings, eq(account_settings.user_id, users.id))
    .where(
      and(
        eq(sql`lower(${users.email})`, contact.email.trim().toLowerCase()),
        isNotNull(account_settings.email_verified_at),
      ),
    );
  const byEmail = found?.user;
  if (!byEmail) return null;
  if (byEmail.kajabi_contact_id === null) {
    const [linked] = await tx
      .update(users)
      .set({ kajabi_contact_id: contact.id })
      .where(and(eq(users.id, byEmail.id), isNull(users.kajabi_contact_id)))
      .returning();
    return linked ?? byEmail;
  }
  return byEmail;
}
