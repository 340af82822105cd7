import { NextIntlClientProvider } from "next-intl";
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { formats } from "../../src/i18n/formats";
import type { Locale } from "../../src/i18n/locales";
import { catalogues } from "../../src/i18n/messages";

/**
 * A component rendered as the app renders it for a reader of `locale`: inside next-intl's
 * provider with that language's catalogue, the named formats and the display time zone.
 */
export function renderInLocale(element: ReactElement, locale: Locale = "en"): string {
  return renderToStaticMarkup(
    createElement(
      NextIntlClientProvider,
      { locale, messages: catalogues[locale], formats, timeZone: "Asia/Jakarta" },
      element,
    ),
  );
}

/** The same, as the words a reader sees (tags dropped, spaces collapsed). */
export function textInLocale(element: ReactElement, locale: Locale = "en"): string {
  return renderInLocale(element, locale)
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");
}
