import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getPageUser, signInUrl } from "@/server/auth/page-guards";
import { getEnv } from "@/server/env";
import { safeNextPath } from "@/server/http/safe-next-path";
import { SignInUnavailable } from "../sign-in-unavailable";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create your account" };

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

  const signInHref =
    next === "/dashboard" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(next)}`;
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Create your account</h1>
      <p className="mt-2 text-slate-600">
        Join the LEAPS programme to record your progress, earn points and appear on the leaderboard.
      </p>
      <SignUpForm next={next} />
      <p className="mt-8 text-sm text-slate-700">
        Already have an account?{" "}
        <Link
          href={signInHref}
          className="font-semibold text-brand-700 underline hover:text-brand-900"
        >
          Sign in
        </Link>
      </p>
    </>
  );
}
