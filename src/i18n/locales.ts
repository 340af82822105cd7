/** The languages the app speaks (docs/product.md §14): English and Bahasa Indonesia. */
export const locales = ["en", "id"] as const;

export type Locale = (typeof locales)[number];

/** The cookie the language switcher sets; the same name next-intl and Next.js use. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

/**
 * The BCP 47 tag each language formats with. English is British English: day before
 * month and a 24-hour clock, the order Indonesian readers of the English pages expect.
 */
export const intlLocale: Record<Locale, string> = { en: "en-GB", id: "id-ID" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
