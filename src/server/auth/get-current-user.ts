import "server-only";
import { eq } from "drizzle-orm";
import { privileged } from "../db/privileged";
import { users } from "../db/schema";
import { getEnv } from "../env";
import { isAnonymisedEmail } from "../users/is-anonymised";
import type { UserRow } from "../users/user-dto";
import { upsertClerkUser } from "./clerk/upsert-clerk-user";
import { verifyClerkToken } from "./clerk/verify-clerk-token";
import { findSessionUser } from "./find-session-user";
import { readCookie, SESSION_COOKIE } from "./session-cookie";

/**
 * The signed-in user for a request, or null. Local mode: the session cookie. Clerk mode:
 * a verified session JWT from `Authorization: Bearer` or the `__session` cookie; a Clerk
 * user the database does not know yet is created on the spot, so a late or lost webhook
 * never locks anyone out. An invalid token counts as signed out.
 */
export async function getCurrentUser(headers: Headers): Promise<UserRow | null> {
  if (getEnv().AUTH_PROVIDER === "clerk") {
    const token = bearerToken(headers) ?? readCookie(headers.get("cookie"), "__session");
    if (!token) return null;
    const claims = await verifyClerkToken(token).catch(() => null);
    if (!claims) return null;
    const user = await privileged({ system: "clerk-session" }, async (tx) => {
      const [known] = await tx.select().from(users).where(eq(users.id, claims.userId));
      return (
        known ??
        upsertClerkUser(tx, {
          id: claims.userId,
          email: claims.email,
          emailVerified: claims.emailVerified,
          name: claims.name,
          avatarUrl: claims.imageUrl,
        })
      );
    });
    // A deleted (anonymised) account's Clerk session still verifies; it signs in no one.
    return isAnonymisedEmail(user.email) ? null : user;
  }
  const token = readCookie(headers.get("cookie"), SESSION_COOKIE);
  return token ? findSessionUser(token) : null;
}

function bearerToken(headers: Headers): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(headers.get("authorization") ?? "");
  return match?.[1];
}
