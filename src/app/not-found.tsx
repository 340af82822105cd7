import type { Metadata } from "next";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { primaryButtonClass, secondaryButtonClass } from "@/ui/forms/button-styles";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("errorPages.notFound");
  return { title: t("metaTitle") };
}

export default function NotFound() {
  const t = useTranslations("errorPages.notFound");
  return (
    <section className="mx-auto max-w-2xl px-4 py-24 text-center sm:px-6">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">404</p>
      <h1 className="mt-3 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">
        {t("title")}
      </h1>
      <p className="mt-4 text-lg text-slate-600">{t("body")}</p>
      <div className="mt-8 flex flex-col justify-center gap-3 sm:flex-row">
        <Link href="/" className={primaryButtonClass}>
          {t("home")}
        </Link>
        <Link href="/leaderboard" className={secondaryButtonClass}>
          {t("leaderboard")}
        </Link>
      </div>
    </section>
  );
}
