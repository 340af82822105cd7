import "server-only";
import { and, eq, gt } from "drizzle-orm";
import { privileged } from "../db/privileged";
import { account_settings, sessions, users } from "../db/schema";
import type { UserRow } from "../users/user-dto";
import { hashSessionToken } from "./create-session";

/** The user of a local session, with whether their email is confirmed. */
export interface SessionAccount {
  user: UserRow;
  emailVerified: boolean;
}

/**
 * The account of an unexpired local session, or null: one query, which also tells
 * whether the email is confirmed (the page cache needs both for every signed-in page).
 */
export async function findSessionAccount(token: string): Promise<SessionAccount | null> {
  const [row] = await privileged({ system: "session" }, (tx) =>
    tx
      .select({ user: users, verifiedAt: account_settings.email_verified_at })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.user_id))
      .leftJoin(account_settings, eq(account_settings.user_id, users.id))
      .where(and(eq(sessions.id, hashSessionToken(token)), gt(sessions.expires_at, new Date()))),
  );
  return row ? { user: row.user, emailVerified: row.verifiedAt !== null } : null;
}

/** The user of an unexpired local session, or null. */
export async function findSessionUser(token: string): Promise<UserRow | null> {
  return (await findSessionAccount(token))?.user ?? null;
}
