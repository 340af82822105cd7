import "server-only";

export const SESSION_COOKIE = "leaps_session";
export const SESSION_TTL_SECONDS = 30 * 24 * 60 * 60;

/** Secure everywhere but plain-http localhost, where browsers would drop the cookie. */
export function isSecureContext(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  const local = hostname === "localhost" || hostname === "127.0.0.1" || hostname === "[::1]";
  return protocol === "https:" || !local;
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

/** The session cookie: httpOnly, SameSite=Lax, Secure outside localhost (docs/product.md §2). */
export function sessionCookie(token: string, requestUrl: string): CookieSpec {
  return {
    name: SESSION_COOKIE,
    value: token,
    httpOnly: true,
    sameSite: "lax",
    secure: isSecureContext(requestUrl),
    path: "/",
    maxAge: SESSION_TTL_SECONDS,
  };
}

/** The same cookie, expired: what sign-out sends. */
export function clearedSessionCookie(requestUrl: string): CookieSpec {
  return { ...sessionCookie("", requestUrl), maxAge: 0 };
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

/** One cookie's value from a Cookie header. */
export function readCookie(cookieHeader: string | null, name: string): string | undefined {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}
