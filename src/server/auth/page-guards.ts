import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import type { Role } from "../db/schema";
import { getEnv } from "../env";
import { hasRole } from "../users/roles";
import type { UserRow } from "../users/user-dto";
import { getCurrentUser } from "./get-current-user";

/**
 * Page versions of requireUser/requireRole: a signed-out visitor is sent to sign in
 * (and back afterwards), a signed-in user without the role gets the friendly 403 page
 * (src/app/forbidden.tsx).
 */
/**
 * The signed-in user of the page being rendered, or null. Memoised per request (React
 * cache), so the header, the layout and the page share one lookup.
 */
export const getPageUser = cache(async (): Promise<UserRow | null> =>
  getCurrentUser(new Headers(await headers())),
);

export async function requirePageUser(returnTo: string): Promise<UserRow> {
  const user = await getPageUser();
  if (!user) redirect(signInUrl(returnTo));
  return user;
}

export async function requirePageRole(minimum: Role, returnTo: string): Promise<UserRow> {
  const user = await requirePageUser(returnTo);
  if (!hasRole(user.role, minimum)) forbidden();
  return user;
}

/** Where "Sign in" goes: the local page, or Clerk's hosted page in clerk mode. */
export function signInUrl(returnTo = "/dashboard"): string {
  const env = getEnv();
  if (env.AUTH_PROVIDER === "clerk" && env.CLERK_SIGN_IN_URL) {
    const url = new URL(env.CLERK_SIGN_IN_URL);
    url.searchParams.set("redirect_url", returnTo);
    return url.toString();
  }
  return `/sign-in?next=${encodeURIComponent(returnTo)}`;
}
