import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getEnv } from "@/server/env";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

const linkClass = "font-semibold text-brand-700 underline hover:text-brand-900";

/** The mailed reset link lands here; the token travels on in the form, never in a cookie. */
export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (getEnv().AUTH_PROVIDER !== "local") notFound();
  const { token } = await searchParams;
  if (typeof token !== "string" || !token) {
    return (
      <>
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">This link is not valid</h1>
        <p role="alert" className="mt-3 text-slate-700">
          The link has no token. Open the whole link from the email, or{" "}
          <Link href="/forgot-password" className={linkClass}>
            ask for a new one
          </Link>
          .
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Choose a new password</h1>
      <p className="mt-2 text-slate-600">
        Once it is saved you are signed out on every device; sign in again with the new password.
      </p>
      <ResetPasswordForm token={token.slice(0, 200)} />
      <p className="mt-8 text-sm text-slate-700">
        Link expired or already used?{" "}
        <Link href="/forgot-password" className={linkClass}>
          Ask for a new one
        </Link>
      </p>
    </>
  );
}
