import "server-only";
import { eq, isNull, and, sql } from "drizzle-orm";
import { users } from "../db/schema";
import type { Tx } from "../db/types";
import type { UserRow } from "../users/user-dto";

/**
 * docs/product.md §6 matching: the user whose kajabi_contact_id is the contact's id, else the user
 * with the contact's email (case-insensitive), who then gets the contact id linked (only
 * when they have none yet, so an admin's link is never overwritten).
 */
export async function matchKajabiContact(
  tx: Tx,
  contact: { id: string; email: string },
): Promise<UserRow | null> {
  const [byContact] = await tx.select().from(users).where(eq(users.kajabi_contact_id, contact.id));
  if (byContact) return byContact;
  const [byEmail] = await tx
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, contact.email.trim().toLowerCase()));
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
