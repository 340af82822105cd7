import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { primaryButtonClass } from "@/ui/forms/button-styles";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("unsubscribe");
  return { title: t("metaTitle"), robots: { index: false } };
}

const settingsLink = (chunks: React.ReactNode) => (
  <Link href="/settings/profile" className="font-medium text-brand-700 underline">
    {chunks}
  </Link>
);

/**
 * The human side of a notification's unsubscribe link (docs/product.md §13): one button that
 * posts the token to /api/unsubscribe, no sign-in needed. Opening the page changes nothing,
 * so link scanners that fetch it do not unsubscribe anyone.
 */
export default async function UnsubscribePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token : "";
  const done = params.done === "1";
  const invalid = params.invalid === "1";
  const t = await getTranslations("unsubscribe");
  return (
    <div className="mx-auto w-full max-w-xl px-4 py-12 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t("title")}</h1>
      {done ? (
        <p role="status" className="mt-4 text-slate-700">
          {t.rich("done", { link: settingsLink })}
        </p>
      ) : invalid ? (
        <p role="alert" className="mt-4 text-slate-700">
          {t.rich("invalid", { link: settingsLink })}
        </p>
      ) : token ? (
        <form
          method="post"
          action={`/api/unsubscribe?token=${encodeURIComponent(token)}&from=page`}
          className="mt-4"
        >
          <p className="text-slate-700">{t("question")}</p>
          <button type="submit" className={`${primaryButtonClass} mt-6`}>
            {t("button")}
          </button>
        </form>
      ) : (
        <p className="mt-4 text-slate-700">{t.rich("noToken", { link: settingsLink })}</p>
      )}
    </div>
  );
}
