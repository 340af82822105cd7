import type { Metadata } from "next";
import Link from "next/link";
import { primaryButtonClass, secondaryButtonClass } from "@/ui/forms/button-styles";

export const metadata: Metadata = { title: "Not available to your role" };

/** The 403 page (forbidden()): signed in, but this area needs a different role. */
export default function Forbidden() {
  return (
    <section className="mx-auto max-w-2xl px-4 py-24 text-center sm:px-6">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">403</p>
      <h1 className="mt-3 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">
        This area needs another role
      </h1>
      <p className="mt-4 text-lg text-slate-600">
        You’re signed in, but your account doesn’t have access to this page. If you think it should,
        ask a programme admin to change your role.
      </p>
      <div className="mt-8 flex flex-col justify-center gap-3 sm:flex-row">
        <Link href="/dashboard" className={primaryButtonClass}>
          Go to your dashboard
        </Link>
        <Link href="/" className={secondaryButtonClass}>
          Go to the home page
        </Link>
      </div>
    </section>
  );
}
