import "server-only";
import { formats } from "@/i18n/formats";
import { intlLocale, type Locale } from "@/i18n/locales";
import { catalogues } from "@/i18n/messages";
import { requestLocale } from "@/i18n/request-locale";
import { getEnv } from "@/server/env";

/**
 * The intl configuration of the request a server action answers: its form messages
 * follow the language of the page that sent it (cookie, Accept-Language, default).
 * Actions build their translator from it with createTranslator, not getTranslations,
 * so they also run where no React server render is around (tests call them directly).
 */
export async function actionIntl() {
  const locale: Locale = await requestLocale();
  return {
    locale: intlLocale[locale],
    messages: catalogues[locale],
    timeZone: getEnv().DISPLAY_TIME_ZONE,
    formats,
  };
}

/**
 * A server action whose steps need words in the request's language: `build` gets the
 * translator and returns the action (usually a formAction) for this one call.
 */
export function withTranslator<T, A extends unknown[], S>(
  translator: () => Promise<T>,
  build: (t: T) => (...args: A) => Promise<S>,
): (...args: A) => Promise<S> {
  return async (...args) => build(await translator())(...args);
}
