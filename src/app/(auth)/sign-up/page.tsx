import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getPageUser, signInUrl } from "@/server/auth/page-guards";
import { getEnv } from "@/server/env";
import { safeNextPath } from "@/server/http/safe-next-path";
import { SignInUnavailable } from "../sign-in-unavailable";
import { SignUpForm } from "./sign-up-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signUp");
  return { title: t("title") };
}

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const next = safeNextPath((await searchParams).next);
  const env = getEnv();
  if (env.AUTH_PROVIDER === "clerk") {
    if (env.CLERK_SIGN_UP_URL) redirect(env.CLERK_SIGN_UP_URL);
    if (!env.CLERK_SIGN_IN_URL) return <SignInUnavailable />;
    redirect(signInUrl(next));
  }
  if (await getPageUser()) redirect(next);

  const t = await getTranslations("auth");
  const signInHref =
    next === "/dashboard" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(next)}`;
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t("signUp.title")}</h1>
      <p className="mt-2 text-slate-600">{t("signUp.intro")}</p>
      <SignUpForm
        next={next}
        labels={{
          nameHint: t("signUp.nameHint"),
          email: t("fields.email"),
          password: t("fields.password"),
          passwordHint: t("fields.passwordHint"),
          submit: t("signUp.submit"),
          pending: t("signUp.pending"),
        }}
      />
      <p className="mt-8 text-sm text-slate-700">
        {t.rich("signUp.haveAccount", {
          link: (chunks) => (
            <Link
              href={signInHref}
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
