import { createTranslator } from "use-intl/core";
import { formats } from "@/i18n/formats";
import { intlLocale, type Locale } from "@/i18n/locales";
import { catalogues } from "@/i18n/messages";
import { ErrorText } from "./error-text";

type Translate = (key: string, values?: Record<string, string | number | Date>) => string;

const translators = new Map<Locale, Translate>();

/** One translator per language, made on first use: errors are rendered often. */
function translatorFor(locale: Locale): Translate {
  let translate = translators.get(locale);
  if (!translate) {
    // The keys are typed where they are written (ErrorKey); here any of them is passed on.
    translate = createTranslator({
      locale: intlLocale[locale],
      messages: catalogues[locale],
      formats,
    }) as Translate;
    translators.set(locale, translate);
  }
  return translate;
}

/** An error message in `locale`. */
export function renderErrorText(text: ErrorText, locale: Locale): string {
  const values =
    text.values &&
    Object.fromEntries(
      Object.entries(text.values).map(([name, value]) => [
        name,
        value instanceof ErrorText ? renderErrorText(value, locale) : value,
      ]),
    );
  return translatorFor(locale)(text.key, values);
}

/**
 * Error details in `locale`: every ErrorText inside (a field problem's message) becomes
 * its words; everything else (codes, paths, reasons) is passed on as it is.
 */
export function renderDetails(details: unknown, locale: Locale): unknown {
  if (details instanceof ErrorText) return renderErrorText(details, locale);
  if (Array.isArray(details)) return details.map((item) => renderDetails(item, locale));
  if (
    details &&
    typeof details === "object" &&
    Object.getPrototypeOf(details) === Object.prototype
  ) {
    return Object.fromEntries(
      Object.entries(details).map(([name, value]) => [name, renderDetails(value, locale)]),
    );
  }
  return details;
}
