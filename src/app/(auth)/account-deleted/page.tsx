import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Account deleted", robots: { index: false } };

export default function AccountDeletedPage() {
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Your account is deleted</h1>
      <p className="mt-2 text-slate-700">
        Your name, email and files are gone and you are signed out. Thank you for taking part in
        LEAPS.
      </p>
      <p className="mt-6">
        <Link href="/" className="font-semibold text-brand-700 underline hover:text-brand-900">
          Back to the home page
        </Link>
      </p>
    </>
  );
}
