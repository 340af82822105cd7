import "server-only";
import { getEnv } from "../env";
import { hasControlCharacters } from "../http/has-control-characters";

export const SESSION_COOKIE = "leaps_session";
export const SESSION_TTL_SECONDS = 30 * 24 * 60 * 60;

/**
 * Whether cookies carry the Secure flag. Decided by configuration, never by request
 * headers a client can forge (X-Forwarded-Proto): on in production unless
 * COOKIE_SECURE=false (plain-HTTP development), off elsewhere unless COOKIE_SECURE=true.
 */
export function cookiesAreSecure(): boolean {
  const env = getEnv();
  return env.COOKIE_SECURE ?? env.NODE_ENV === "production";
}

export interface CookieSpec {
  name: string;
  value: string;
  httpOnly: true;
  sameSite: "lax";
  secure: boolean;
  path: "/";
  maxAge: number;
}

/** The session cookie: httpOnly, SameSite=Lax, Secure in production (docs/product.md §2). */
export function sessionCookie(token: string): CookieSpec {
  return {
    name: SESSION_COOKIE,
    value: token,
    httpOnly: true,
    sameSite: "lax",
    secure: cookiesAreSecure(),
    path: "/",
    maxAge: SESSION_TTL_SECONDS,
  };
}

/** The same cookie, expired: what sign-out sends. */
export function clearedSessionCookie(): CookieSpec {
  return { ...sessionCookie(""), maxAge: 0 };
}

export function serializeCookie(cookie: CookieSpec): string {
  const parts = [
    `${cookie.name}=${encodeURIComponent(cookie.value)}`,
    `Path=${cookie.path}`,
    `Max-Age=${cookie.maxAge}`,
  ];
  parts.push("HttpOnly", "SameSite=Lax");
  if (cookie.secure) parts.push("Secure");
  return parts.join("; ");
}

/**
 * One cookie's value from a Cookie header. A value that is not valid percent-encoding
 * (`%E0%A4%A`) or decodes to control characters cannot be one we set: it counts as absent,
 * so a mangled cookie means "signed out", never a failed request.
 */
export function readCookie(cookieHeader: string | null, name: string): string | undefined {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key !== name) continue;
    let value: string;
    try {
      value = decodeURIComponent(rest.join("="));
    } catch {
      return undefined;
    }
    return hasControlCharacters(value) ? undefined : value;
  }
  return undefined;
}
