import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConfirmDeletionForm } from "@/ui/settings/confirm-deletion-form";
import { confirmDeletion } from "@/app/settings/privacy/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.deleteAccount");
  return { title: t("title"), robots: { index: false } };
}

/** Where the mailed deletion link points (docs/product.md §8, Clerk mode). */
export default async function DeleteAccountPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const token = (await searchParams).token;
  const t = await getTranslations("account.deleteAccount");
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t("title")}</h1>
      {typeof token === "string" && token.length >= 20 && token.length <= 200 ? (
        <>
          <p className="mt-2 text-slate-700">{t("body")}</p>
          <ConfirmDeletionForm action={confirmDeletion} token={token} />
        </>
      ) : (
        <p className="mt-2 text-slate-700">{t("incomplete")}</p>
      )}
    </>
  );
}
