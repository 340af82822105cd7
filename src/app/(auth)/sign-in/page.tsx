import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { homePathForRole } from "@/server/auth/home-path-for-role";
import { getPageUser, signInUrl } from "@/server/auth/page-guards";
import { getEnv } from "@/server/env";
import { safeNextPath } from "@/server/http/safe-next-path";
import { SignInUnavailable } from "../sign-in-unavailable";
import { NoticeBanner } from "@/ui/forms/notice-banner";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("title") };
}

const linkClass = "font-semibold text-brand-700 underline hover:text-brand-900";

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const requested = params.next;
  const next = safeNextPath(requested);
  // Without a page to return to, staff land on the review queue (homePathForRole).
  const returnTo = typeof requested === "string" && requested === next ? next : "";
  const env = getEnv();
  if (env.AUTH_PROVIDER === "clerk") {
    if (!env.CLERK_SIGN_IN_URL) return <SignInUnavailable />;
    redirect(signInUrl(next));
  }
  const user = await getPageUser();
  if (user) redirect(returnTo || homePathForRole(user.role));

  const t = await getTranslations("auth");
  const signUpHref =
    next === "/dashboard" ? "/sign-up" : `/sign-up?next=${encodeURIComponent(next)}`;
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t("signIn.title")}</h1>
      <p className="mt-2 text-slate-600">{t("signIn.intro")}</p>
      {params.reset === "done" ? <NoticeBanner message={t("signIn.passwordChanged")} /> : null}
      <SignInForm
        next={returnTo}
        labels={{
          email: t("fields.email"),
          password: t("fields.password"),
          submit: t("signIn.submit"),
          pending: t("signIn.pending"),
        }}
      />
      <p className="mt-4 text-sm">
        <Link
          href="/forgot-password"
          className="font-medium text-brand-700 underline hover:text-brand-900"
        >
          {t("signIn.forgotPassword")}
        </Link>
      </p>
      <p className="mt-8 text-sm text-slate-700">
        {t.rich("signIn.newHere", {
          link: (chunks) => (
            <Link href={signUpHref} className={linkClass}>
              {chunks}
            </Link>
          ),
        })}
      </p>
    </>
  );
}
