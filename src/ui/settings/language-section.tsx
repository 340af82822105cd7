import { getLocale, getTranslations } from "next-intl/server";
import { appLocale, locales } from "@/i18n/locales";
import { PageSection } from "@/ui/common/page-section";
import { primaryButtonClass } from "@/ui/forms/button-styles";

/**
 * Settings: the language of the pages and of the person's mails (docs/product.md §14). A
 * plain form posting to /api/locale, as the header's switcher does, so it works without
 * JavaScript: the route sets the cookie, saves the choice on the profile and comes back
 * here with a notice. Each language is named in itself, which is how people find theirs.
 */
export async function LanguageSection({ returnTo }: { returnTo: string }) {
  const [current, t, tNames] = await Promise.all([
    getLocale(),
    getTranslations("settings.language"),
    getTranslations("layout.language"),
  ]);
  return (
    <PageSection id="language" title={t("title")} className="mt-12">
      <form method="post" action="/api/locale" className="mt-2 flex flex-col gap-4">
        <input type="hidden" name="returnTo" value={returnTo} />
        <fieldset>
          <legend className="text-slate-600">{t("intro")}</legend>
          <div className="mt-3 flex flex-col gap-2 sm:flex-row sm:gap-6">
            {locales.map((locale) => (
              <label key={locale} lang={locale} className="flex items-center gap-2 text-slate-900">
                <input
                  type="radio"
                  name="locale"
                  value={locale}
                  defaultChecked={locale === appLocale(current)}
                  className="size-4 accent-brand-700"
                />
                {tNames(`names.${locale}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div>
          <button type="submit" className={primaryButtonClass}>
            {t("save")}
          </button>
        </div>
      </form>
    </PageSection>
  );
}
