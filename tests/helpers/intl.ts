/**
 * The app's words and formats outside Next.js, for tests.
 *
 * - `renderInLocale(element, locale)` / `textInLocale`: a component rendered inside
 *   next-intl's provider as a reader of `locale` gets it (catalogue, named formats,
 *   display time zone).
 * - `intlServerMock()`: next-intl/server (which only throws outside a React Server
 *   Components build) speaking `testLocale.current` through the real catalogues:
 *
 *     vi.mock("next-intl/server", async () => (await import("../helpers/intl")).intlServerMock());
 */
import { createFormatter, createTranslator, NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { formats } from "../../src/i18n/formats";
import { intlLocale, type Locale } from "../../src/i18n/locales";
import { catalogues } from "../../src/i18n/messages";
import { getEnv } from "../../src/server/env";

/** The language the mocked next-intl/server speaks; tests set it. */
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

export function intlServerMock() {
  return {
    getLocale: async () => intlLocale[testLocale.current],
    getTranslations: async (options?: string | { namespace?: string }) =>
      createTranslator({
        ...intlConfig(testLocale.current),
        // Any namespace the code names; the catalogue's types check the code itself.
        namespace: (typeof options === "string" ? options : options?.namespace) as never,
      }),
    getFormatter: async () => createFormatter(intlConfig(testLocale.current)),
  };
}
