import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { homePathForRole } from "@/server/auth/home-path-for-role";
import { getPageUser, signInUrl } from "@/server/auth/page-guards";
import { getEnv } from "@/server/env";
import { safeNextPath } from "@/server/http/safe-next-path";
import { SignInUnavailable } from "../sign-in-unavailable";
import { NoticeBanner } from "@/ui/forms/notice-banner";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

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

  const signUpHref =
    next === "/dashboard" ? "/sign-up" : `/sign-up?next=${encodeURIComponent(next)}`;
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Sign in</h1>
      <p className="mt-2 text-slate-600">
        Welcome back. Sign in to see your points and submit evidence.
      </p>
      {params.reset === "done" ? (
        <NoticeBanner message="Your password is changed and every session has ended. Sign in with the new password." />
      ) : null}
      <SignInForm next={returnTo} />
      <p className="mt-4 text-sm">
        <Link
          href="/forgot-password"
          className="font-medium text-brand-700 underline hover:text-brand-900"
        >
          Forgot your password?
        </Link>
      </p>
      <p className="mt-8 text-sm text-slate-700">
        New to LEAPS?{" "}
        <Link
          href={signUpHref}
          className="font-semibold text-brand-700 underline hover:text-brand-900"
        >
          Create an account
        </Link>
      </p>
    </>
  );
}
