import "server-only";
import { cookies, headers } from "next/headers";
import { getEnv } from "@/server/env";
import { LOCALE_COOKIE, type Locale } from "./locales";
import { resolveLocale } from "./resolve-locale";

/** This request's language (src/i18n/resolve-locale.ts says how it is chosen). */
export async function requestLocale(): Promise<Locale> {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return resolveLocale({
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get("accept-language"),
    fallback: getEnv().DEFAULT_LOCALE,
  });
}
