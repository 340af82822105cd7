import type { formats } from "@/i18n/formats";
import type { IntlLocale } from "@/i18n/locales";
import type { Messages } from "@/i18n/messages";

// Typed keys: a misspelt or missing message key is a type error (next-intl's AppConfig).
declare module "next-intl" {
  interface AppConfig {
    Locale: IntlLocale;
    Messages: Messages;
    Formats: typeof formats;
  }
}
