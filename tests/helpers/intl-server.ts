import { createFormatter, createTranslator, type NamespaceKeys, type NestedKeyOf } from "next-intl";
import { formats } from "../../src/i18n/formats";
import type { Locale } from "../../src/i18n/locales";
import { catalogues, type Messages } from "../../src/i18n/messages";
import { getEnv } from "../../src/server/env";

/**
 * What next-intl's request config gives a server component, for tests that call server
 * components outside Next.js: `vi.mock("next-intl/server", () => import("../helpers/intl-server"))`
 * and pick the reader's language with `readAs`. Mirrors src/i18n/request.ts (catalogue,
 * DISPLAY_TIME_ZONE, named formats); a caller naming a locale gets that one, as in the app.
 */
let current: Locale = "en";

export function readAs(locale: Locale): void {
  current = locale;
}

export function intlConfig(locale: Locale = current) {
  return { locale, messages: catalogues[locale], timeZone: getEnv().DISPLAY_TIME_ZONE, formats };
}

type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

export async function getTranslations<N extends Namespace = never>(
  argument?: N | { locale?: Locale; namespace?: N },
) {
  const options = typeof argument === "object" ? argument : { namespace: argument };
  return createTranslator<Messages, N>({
    ...intlConfig(options.locale),
    namespace: options.namespace,
  });
}

export async function getFormatter() {
  return createFormatter(intlConfig());
}

export async function getLocale(): Promise<Locale> {
  return current;
}

export async function getMessages() {
  return catalogues[current];
}
