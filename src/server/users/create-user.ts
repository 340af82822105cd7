import "server-only";
import { randomBytes } from "node:crypto";
import { inArray, sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit";
import { users, type Role } from "../db/schema";
import type { Tx } from "../db/types";
import { generateHandle } from "./generate-handle";
import type { UserRow } from "./user-dto";

export interface NewUser {
  /** Clerk's id in clerk mode; local accounts get a Clerk-like `user_…` id. */
  id?: string;
  email: string;
  name: string;
  avatarUrl?: string | null;
}

/**
 * Inserts a user (inside a privileged transaction) with a generated unique handle.
 * Bootstrap (docs/product.md §2): while no ADMIN or SUPERADMIN exists the first account becomes
 * SUPERADMIN (audited); the advisory lock makes two simultaneous first sign-ups agree on
 * who was first. ADMIN_EMAILS elevates only a verified email, so it is not read here:
 * accounts are made through createAccount, which applies it once the email is verified.
 */
export async function createUser(tx: Tx, input: NewUser): Promise<UserRow> {
  const email = input.email.trim().toLowerCase();
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('leaps.users.bootstrap'))`);
  const staff = await tx
    .select({ id: users.id })
    .from(users)
    .where(inArray(users.role, ["ADMIN", "SUPERADMIN"]))
    .limit(1);
  const role: Role = staff.length === 0 ? "SUPERADMIN" : "PARTICIPANT";

  const [row] = await tx
    .insert(users)
    .values({
      id: input.id ?? newUserId(),
      email,
      name: input.name.trim(),
      handle: await generateHandle(tx, input.name.trim() || email),
      avatar_url: input.avatarUrl ?? null,
      role,
    })
    .returning();
  if (!row) throw new Error("user insert returned no row");

  if (role === "SUPERADMIN") {
    await writeAudit(tx, {
      actorId: row.id,
      action: "user.bootstrap_superadmin",
      targetId: row.id,
      meta: { reason: "first account without any admin", email },
    });
  }
  return row;
}

/** `user_` + 27 base62 characters, the shape of Clerk's ids. */
export function newUserId(): string {
  const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  const bytes = randomBytes(27);
  return `user_${Array.from(bytes, (b) => alphabet[b % 62]).join("")}`;
}
