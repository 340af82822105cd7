import "server-only";
import { LOCALE_COOKIE, type Locale } from "@/i18n/locales";
import { resolveLocale } from "@/i18n/resolve-locale";
import { readCookie } from "../auth/session-cookie";
import { getEnv } from "../env";

/**
 * The language of an API request's answers, chosen as for pages: the NEXT_LOCALE cookie,
 * then Accept-Language, then DEFAULT_LOCALE. Read from the request itself, so it works
 * wherever a Request is at hand (route handlers, the proxy, tests).
 */
export function apiLocale(request: Request): Locale {
  return resolveLocale({
    cookie: readCookie(request.headers.get("cookie"), LOCALE_COOKIE),
    acceptLanguage: request.headers.get("accept-language"),
    fallback: getEnv().DEFAULT_LOCALE,
  });
}
