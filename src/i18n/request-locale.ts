import "server-only";
import { headers } from "next/headers";
import { localeFromHeaders } from "./headers-locale";
import type { Locale } from "./locales";

/** This request's language, for pages and server actions (headers-locale.ts says how). */
export async function requestLocale(): Promise<Locale> {
  return localeFromHeaders(await headers());
}
