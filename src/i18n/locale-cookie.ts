import "server-only";
import { cookiesAreSecure } from "@/server/auth/session-cookie";
import { LOCALE_COOKIE, type Locale } from "./locales";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** The Set-Cookie value that keeps a chosen language for a year on this device. */
export function localeCookieHeader(locale: Locale): string {
  const parts = [
    `${LOCALE_COOKIE}=${locale}`,
    "Path=/",
    `Max-Age=${ONE_YEAR_SECONDS}`,
    "SameSite=Lax",
  ];
  if (cookiesAreSecure()) parts.push("Secure");
  return parts.join("; ");
}
