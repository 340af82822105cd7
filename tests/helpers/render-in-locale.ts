import { NextIntlClientProvider } from "next-intl";
import { createElement, type ReactNode } from "react";
import { renderToReadableStream } from "react-dom/server";
import type { Locale } from "../../src/i18n/locales";
import { intlConfig, testLocale, visibleText } from "./intl";

/**
 * A page or component, async server components included, rendered in `locale`: the
 * test stand-in of next-intl/server (./next-intl-server.ts) speaks it while `render` runs.
 * Returns the HTML and the words a reader sees.
 */
export async function renderPageInLocale(
  locale: Locale,
  render: () => ReactNode | Promise<ReactNode>,
): Promise<{ html: string; text: string }> {
  testLocale.current = locale;
  const element = await render();
  const stream = await renderToReadableStream(
    // eslint-disable-next-line react/no-children-prop -- its props' type requires children
    createElement(NextIntlClientProvider, { ...intlConfig(locale), children: element }),
  );
  await stream.allReady;
  const html = await new Response(stream).text();
  return { html, text: visibleText(html) };
}
