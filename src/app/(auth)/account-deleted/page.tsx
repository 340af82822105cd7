import type { Metadata } from "next";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.deleted");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default function AccountDeletedPage() {
  const t = useTranslations("account.deleted");
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("body")}</p>
      <p className="mt-6">
        <Link href="/" className="font-semibold text-brand-700 underline hover:text-brand-900">
          {t("home")}
        </Link>
      </p>
    </>
  );
}
