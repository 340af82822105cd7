/**
 * The app's words and formats outside Next.js, for tests.
 *
 * - `renderInLocale(element, locale)` / `textInLocale`: a component rendered inside
 *   next-intl's provider as a reader of `locale` gets it (catalogue, named formats,
 *   display time zone).
 * - `testLocale`: the language next-intl/server speaks in tests when no request is mocked
 *   (tests/helpers/next-intl-server.ts, aliased in vitest.config.ts).
 */
import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { formats } from "../../src/i18n/formats";
import { intlLocale, type Locale } from "../../src/i18n/locales";
import { catalogues } from "../../src/i18n/messages";
import { getEnv } from "../../src/server/env";

/** The language next-intl/server speaks in a test without a request; tests set it. */
export const testLocale: { current: Locale } = { current: "en" };

/** What the app's request config gives a reader of `locale`. */
export function intlConfig(locale: Locale) {
  return {
    locale: intlLocale[locale],
    messages: catalogues[locale],
    timeZone: getEnv().DISPLAY_TIME_ZONE,
    formats,
  };
}

export function renderInLocale(element: ReactElement, locale: Locale = "en"): string {
  const provider: ComponentProps<typeof NextIntlClientProvider> = {
    ...intlConfig(locale),
    children: element,
  };
  return renderToStaticMarkup(createElement(NextIntlClientProvider, provider));
}

/** Rendered HTML as the words a reader sees (tags dropped, entities read, spaces collapsed). */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

export function textInLocale(element: ReactElement, locale: Locale = "en"): string {
  return visibleText(renderInLocale(element, locale));
}
