import "server-only";
import { and, eq, gt } from "drizzle-orm";
import { privileged } from "../db/privileged";
import { sessions, users } from "../db/schema";
import type { UserRow } from "../users/user-dto";
import { hashSessionToken } from "./create-session";

/** The user of an unexpired local session, or null. */
export async function findSessionUser(token: string): Promise<UserRow | null> {
  const [row] = await privileged({ system: "session" }, (tx) =>
    tx
      .select({ user: users })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.user_id))
      .where(and(eq(sessions.id, hashSessionToken(token)), gt(sessions.expires_at, new Date()))),
  );
  return row?.user ?? null;
}
