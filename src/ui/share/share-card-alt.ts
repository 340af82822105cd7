import { createTranslator } from "next-intl";
import { intlLocale } from "@/i18n/locales";
import { catalogues } from "@/i18n/messages";

/**
 * The text alternative of a shared-link picture (og:image:alt). Next.js reads an
 * opengraph-image's `alt` as a static export, without a request, so it is worded in the
 * default language (English); the picture itself is drawn in the visitor's language.
 */
export const shareCardAlt = createTranslator({
  locale: intlLocale.en,
  messages: catalogues.en,
  namespace: "og",
});
