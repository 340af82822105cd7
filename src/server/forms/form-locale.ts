import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { Locale } from "@/i18n/locales";
import { requestLocale } from "@/i18n/request-locale";
import { getEnv } from "../env";

/**
 * The language a form's messages are written in: the page's (the request's cookie and
 * Accept-Language). Outside a request (a script, a test calling the action directly)
 * there is none: DEFAULT_LOCALE then.
 */
export async function formLocale(): Promise<Locale> {
  try {
    return await requestLocale();
  } catch (error) {
    unstable_rethrow(error);
    return getEnv().DEFAULT_LOCALE;
  }
}
