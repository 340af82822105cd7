import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getEnv } from "@/server/env";
import { ForgotPasswordForm } from "./forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.forgotPassword");
  return { title: t("title") };
}

export default async function ForgotPasswordPage() {
  if (getEnv().AUTH_PROVIDER !== "local") notFound();
  const t = await getTranslations("auth");
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">
        {t("forgotPassword.title")}
      </h1>
      <p className="mt-2 text-slate-600">{t("forgotPassword.intro")}</p>
      <ForgotPasswordForm
        labels={{
          email: t("fields.email"),
          submit: t("forgotPassword.submit"),
          pending: t("forgotPassword.pending"),
        }}
      />
      <p className="mt-8 text-sm text-slate-700">
        {t.rich("forgotPassword.remembered", {
          link: (chunks) => (
            <Link
              href="/sign-in"
              className="font-semibold text-brand-700 underline hover:text-brand-900"
            >
              {chunks}
            </Link>
          ),
        })}
      </p>
    </>
  );
}
