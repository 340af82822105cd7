/** The languages the app speaks (docs/product.md §14): English and Bahasa Indonesia. */
export const locales = ["en", "id"] as const;

export type Locale = (typeof locales)[number];

/** The cookie the language switcher sets; the same name next-intl and Next.js use. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

/**
 * The BCP 47 tag each language formats with, and next-intl's locale at run time (it hands
 * its locale to Intl). English is British English: day before month and a 24-hour clock,
 * the order Indonesian readers of the English pages expect; plain "en" would be American.
 * The short code is what the cookie, the saved setting and the catalogue files use.
 */
export const intlLocale = { en: "en-GB", id: "id-ID" } as const satisfies Record<Locale, string>;

export type IntlLocale = (typeof intlLocale)[Locale];

/** The short code of a tag next-intl reports (getLocale, useLocale): "id-ID" → "id". */
export function appLocale(tag: string): Locale {
  return tag.toLowerCase().startsWith("id") ? "id" : "en";
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
