import "server-only";
import { unstable_rethrow } from "next/navigation";
import { getLocale } from "next-intl/server";
import { appLocale, type Locale } from "@/i18n/locales";
import { getEnv } from "../env";

/**
 * The language a form's messages are written in: the page's, as next-intl chose it for
 * this request (cookie, Accept-Language). Outside a request (a script) there is none:
 * DEFAULT_LOCALE then.
 */
export async function formLocale(): Promise<Locale> {
  try {
    return appLocale(await getLocale());
  } catch (error) {
    unstable_rethrow(error);
    return getEnv().DEFAULT_LOCALE;
  }
}
