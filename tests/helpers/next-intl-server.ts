/**
 * next-intl/server for Vitest (aliased in vitest.config.ts). The real module only works
 * inside a React Server Components render; tests call pages, components and server actions
 * directly. This stand-in speaks the language a request would choose when a test mocks
 * next/headers (tests/helpers/request-language.ts), else `testLocale.current`, through the
 * real catalogues, named formats and display time zone.
 */
import { createFormatter, createTranslator } from "next-intl";
import { requestLocale } from "../../src/i18n/request-locale";
import type { Locale } from "../../src/i18n/locales";
import { intlConfig, testLocale } from "./intl";

async function currentLocale(): Promise<Locale> {
  try {
    return await requestLocale();
  } catch {
    // No request (next/headers not mocked): the test's chosen language.
    return testLocale.current;
  }
}

export async function getLocale() {
  return intlConfig(await currentLocale()).locale;
}

export async function getMessages() {
  return intlConfig(await currentLocale()).messages;
}

export async function getTranslations(options?: string | { namespace?: string; locale?: string }) {
  const locale =
    typeof options === "object" && options.locale?.startsWith("id") ? "id" : await currentLocale();
  return createTranslator({
    ...intlConfig(locale),
    // Any namespace the code names; the catalogue's types check the code itself.
    namespace: (typeof options === "string" ? options : options?.namespace) as never,
  });
}

export async function getFormatter() {
  return createFormatter(intlConfig(await currentLocale()));
}

export function getRequestConfig<T>(create: T): T {
  return create;
}
