import { createFormatter } from "use-intl/core";
import { formats } from "@/i18n/formats";
import { intlLocale, type Locale } from "@/i18n/locales";
import { catalogues } from "@/i18n/messages";
import { getEnv } from "@/server/env";

/**
 * What a translator outside a page render (mails, the page cache's personal parts) needs
 * besides its namespace: the language's catalogue, the named formats and
 * DISPLAY_TIME_ZONE, the same as the pages use. Callers spread it into next-intl's
 * createTranslator with their own literal namespace
 * (`createTranslator({ ...serverIntl(locale), namespace: "mail.verifyEmail" })`), so the
 * catalogue check finds their keys. next-intl formats with the Intl tag (en-GB, id-ID).
 */
export function serverIntl(locale: Locale) {
  return {
    locale: intlLocale[locale],
    messages: catalogues[locale],
    formats,
    timeZone: getEnv().DISPLAY_TIME_ZONE,
  };
}

/** Dates, numbers and lists outside a page render, formatted for a language. */
export function serverFormatter(locale: Locale) {
  return createFormatter({
    locale: intlLocale[locale],
    formats,
    timeZone: getEnv().DISPLAY_TIME_ZONE,
  });
}
