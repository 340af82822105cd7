import { NextIntlClientProvider } from "next-intl";
import { vi } from "vitest";
import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { formats } from "../../src/i18n/formats";
import type { Locale } from "../../src/i18n/locales";
import { catalogues } from "../../src/i18n/messages";

/**
 * A component rendered as the app renders it for a reader of `locale`: inside next-intl's
 * provider with that language's catalogue, the named formats and the display time zone.
 */
export function renderInLocale(element: ReactElement, locale: Locale = "en"): string {
  const provider: ComponentProps<typeof NextIntlClientProvider> = {
    locale,
    messages: catalogues[locale],
    formats,
    timeZone: "Asia/Jakarta",
    children: element,
  };
  return renderToStaticMarkup(createElement(NextIntlClientProvider, provider));
}

/** The same, as the words a reader sees (tags dropped, spaces collapsed). */
export function textInLocale(element: ReactElement, locale: Locale = "en"): string {
  return renderInLocale(element, locale)
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");
}

/**
 * next-intl/server for server actions called without a request (integration tests), as
 * a reader of `locale` would get it:
 *
 *   vi.mock("next-intl/server", async () => (await import("../helpers/intl")).serverIntlIn("en"));
 */
export async function serverIntlIn(locale: Locale) {
  const { createTranslator } = await import("next-intl");
  const actual = await vi.importActual<typeof import("next-intl/server")>("next-intl/server");
  return {
    ...actual,
    getLocale: async () => locale,
    getTranslations: async (namespace?: string) =>
      // Any namespace the action names; the catalogue's types check the action itself.
      createTranslator({ locale, messages: catalogues[locale], namespace: namespace as never }),
  };
}
