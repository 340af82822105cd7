import { NextIntlClientProvider } from "next-intl";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { intlLocale, type Locale } from "../../src/i18n/locales";
import { formats } from "../../src/i18n/formats";
import { catalogues } from "../../src/i18n/messages";

/**
 * A component's HTML in one language, as the app's request config would give it: that
 * language's catalogue, the named formats and the default display zone.
 */
export function renderInLocale(element: ReactElement, locale: Locale = "en"): string {
  return renderToStaticMarkup(
    <NextIntlClientProvider
      locale={intlLocale[locale]}
      messages={catalogues[locale]}
      formats={formats}
      timeZone="Asia/Jakarta"
    >
      {element}
    </NextIntlClientProvider>,
  );
}
