import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getEnv } from "@/server/env";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function ForgotPasswordPage() {
  if (getEnv().AUTH_PROVIDER !== "local") notFound();
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Forgot your password?</h1>
      <p className="mt-2 text-slate-600">
        Enter the email address of your account. We will mail you a link to choose a new password.
      </p>
      <ForgotPasswordForm />
      <p className="mt-8 text-sm text-slate-700">
        Remembered it?{" "}
        <Link
          href="/sign-in"
          className="font-semibold text-brand-700 underline hover:text-brand-900"
        >
          Sign in
        </Link>
      </p>
    </>
  );
}
