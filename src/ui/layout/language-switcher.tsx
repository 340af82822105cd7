import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { appLocale, locales } from "@/i18n/locales";
import { PAGE_PATH_HEADER } from "@/server/http/page-path";

/**
 * "EN | ID" in the header: a plain form posting to /api/locale, so it works without
 * JavaScript, and brings the visitor back to the same page in the other language. Each
 * button names its language in that language, which is how people look for their own.
 */
export async function LanguageSwitcher() {
  const [current, t, headerList] = await Promise.all([
    getLocale(),
    getTranslations("layout.language"),
    headers(),
  ]);
  return (
    <form method="post" action="/api/locale" aria-label={t("label")} className="flex items-center">
      <input type="hidden" name="returnTo" value={headerList.get(PAGE_PATH_HEADER) ?? "/"} />
      {locales.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === appLocale(current)}
          title={t("switchTo", { language: t(`names.${locale}`) })}
          className="rounded-md px-2 py-2 text-xs font-semibold tracking-wide text-slate-600 uppercase hover:bg-brand-50 hover:text-brand-800 aria-pressed:text-brand-800 aria-pressed:underline aria-pressed:decoration-2 aria-pressed:underline-offset-4"
        >
          <span aria-hidden="true">{locale}</span>
          <span className="sr-only">{t(`names.${locale}`)}</span>
        </button>
      ))}
    </form>
  );
}
