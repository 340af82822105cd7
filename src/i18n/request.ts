import "server-only";
import { getRequestConfig } from "next-intl/server";
import { getEnv } from "@/server/env";
import { formats } from "./formats";
import { appLocale, intlLocale } from "./locales";
import { catalogues } from "./messages";
import { requestLocale } from "./request-locale";

/**
 * next-intl's configuration for each request, without locale prefixes in URLs: the
 * language comes from the request (cookie, Accept-Language, DEFAULT_LOCALE), unless a
 * caller names one (`getTranslations({ locale })`, as mails and cached renders do).
 */
export default getRequestConfig(async ({ locale: requested }) => {
  const locale = requested ? appLocale(requested) : await requestLocale();
  return {
    locale: intlLocale[locale],
    messages: catalogues[locale],
    timeZone: getEnv().DISPLAY_TIME_ZONE,
    formats,
  };
});
