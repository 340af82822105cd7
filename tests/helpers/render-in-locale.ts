/**
 * Pages and components in a chosen language, outside Next.js. Outside a React Server
 * Components build, next-intl/server only throws; a test mocks it with `intlServerMock()`,
 * which speaks `testLocale.current` through the real catalogues, formats and display zone:
 *
 *   vi.mock("next-intl/server", async () =>
 *     (await import("../helpers/render-in-locale")).intlServerMock());
 *
 * `renderInLocale` then renders a page (async server components included) or a component
 * inside the provider that `useTranslations` and `useFormatter` read, and returns its text.
 */
import { createFormatter, createTranslator, NextIntlClientProvider } from "next-intl";
import { createElement, type ReactNode } from "react";
import { renderToReadableStream } from "react-dom/server";
import { formats } from "../../src/i18n/formats";
import { intlLocale, type Locale } from "../../src/i18n/locales";
import { catalogues } from "../../src/i18n/messages";
import { getEnv } from "../../src/server/env";

/** The language the mocked next-intl/server speaks. */
export const testLocale: { current: Locale } = { current: "en" };

function config() {
  const locale = testLocale.current;
  return {
    locale: intlLocale[locale],
    messages: catalogues[locale],
    timeZone: getEnv().DISPLAY_TIME_ZONE,
    formats,
  };
}

export function intlServerMock() {
  return {
    getLocale: async () => testLocale.current,
    getTranslations: async (options?: string | { namespace?: string }) =>
      createTranslator({
        ...config(),
        namespace: typeof options === "string" ? options : options?.namespace,
      } as Parameters<typeof createTranslator>[0]),
    getFormatter: async () => createFormatter(config()),
  };
}

/**
 * What `render` returns (a page's element or a component), rendered in `locale`: its HTML
 * and its text (tags removed, spaces collapsed).
 */
export async function renderInLocale(
  locale: Locale,
  render: () => ReactNode | Promise<ReactNode>,
): Promise<{ html: string; text: string }> {
  testLocale.current = locale;
  const element = await render();
  const stream = await renderToReadableStream(
    // eslint-disable-next-line react/no-children-prop -- its props' type requires children
    createElement(NextIntlClientProvider, { ...config(), children: element }),
  );
  await stream.allReady;
  const html = await new Response(stream).text();
  const text = html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
  return { html, text };
}
