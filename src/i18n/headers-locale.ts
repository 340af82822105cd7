import "server-only";
import { readCookie } from "@/server/auth/session-cookie";
import { getEnv } from "@/server/env";
import { LOCALE_COOKIE, type Locale } from "./locales";
import { resolveLocale } from "./resolve-locale";

/**
 * A route handler's language, read from its request's headers (NEXT_LOCALE in Cookie,
 * then Accept-Language, then DEFAULT_LOCALE): what requestLocale() is for pages and
 * server actions, for code that holds the Request itself.
 */
export function localeFromHeaders(headers: Headers): Locale {
  return askedLocaleFromHeaders(headers) ?? getEnv().DEFAULT_LOCALE;
}

/**
 * The language the visitor asked for (the cookie, or one we speak in Accept-Language),
 * or undefined when they named none: what a new account keeps as its own, so that
 * "not chosen" stays null and follows DEFAULT_LOCALE.
 */
export function askedLocaleFromHeaders(headers: Headers): Locale | undefined {
  return resolveLocale({
    cookie: readCookie(headers.get("cookie"), LOCALE_COOKIE),
    acceptLanguage: headers.get("accept-language"),
    fallback: undefined,
  });
}
