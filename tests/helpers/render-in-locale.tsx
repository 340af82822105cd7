import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { formats } from "../../src/i18n/formats";
import type { Locale } from "../../src/i18n/locales";
import { catalogues } from "../../src/i18n/messages";

/** A component's HTML in one language, with the app's formats and display time zone. */
export function renderInLocale(locale: Locale, element: ReactElement): string {
  return renderToStaticMarkup(
    <NextIntlClientProvider
      locale={locale}
      messages={catalogues[locale]}
      formats={formats}
      timeZone="Asia/Jakarta"
    >
      {element}
    </NextIntlClientProvider>,
  );
}
