import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getEnv } from "@/server/env";
import { ResetPasswordForm } from "./reset-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.resetPassword");
  return { title: t("title") };
}

const linkClass = "font-semibold text-brand-700 underline hover:text-brand-900";
const askAgainLink = (chunks: React.ReactNode) => (
  <Link href="/forgot-password" className={linkClass}>
    {chunks}
  </Link>
);

/** The mailed reset link lands here; the token travels on in the form, never in a cookie. */
export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (getEnv().AUTH_PROVIDER !== "local") notFound();
  const { token } = await searchParams;
  const t = await getTranslations("auth");
  if (typeof token !== "string" || !token) {
    return (
      <>
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">
          {t("resetPassword.invalidTitle")}
        </h1>
        <p role="alert" className="mt-3 text-slate-700">
          {t.rich("resetPassword.noToken", { link: askAgainLink })}
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">
        {t("resetPassword.title")}
      </h1>
      <p className="mt-2 text-slate-600">{t("resetPassword.intro")}</p>
      <ResetPasswordForm
        token={token.slice(0, 200)}
        labels={{
          password: t("fields.newPassword"),
          passwordHint: t("fields.passwordHint"),
          submit: t("resetPassword.submit"),
          pending: t("resetPassword.pending"),
        }}
      />
      <p className="mt-8 text-sm text-slate-700">
        {t.rich("resetPassword.askAgain", { link: askAgainLink })}
      </p>
    </>
  );
}
