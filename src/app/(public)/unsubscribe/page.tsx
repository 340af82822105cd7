import type { Metadata } from "next";
import Link from "next/link";
import { primaryButtonClass } from "@/ui/forms/button-styles";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

/**
 * The human side of a notification's unsubscribe link (docs/product.md §13): one button that
 * posts the token to /api/unsubscribe, no sign-in needed. Opening the page changes nothing,
 * so link scanners that fetch it do not unsubscribe anyone.
 */
export default async function UnsubscribePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token : "";
  const done = params.done === "1";
  const invalid = params.invalid === "1";
  return (
    <div className="mx-auto w-full max-w-xl px-4 py-12 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Programme emails</h1>
      {done ? (
        <p role="status" className="mt-4 text-slate-700">
          You are unsubscribed: no more programme emails (review outcomes, badges, course credit).
          Account emails such as password resets still come. You can turn programme emails on again
          in your{" "}
          <Link href="/settings/profile" className="font-medium text-brand-700 underline">
            settings
          </Link>
          .
        </p>
      ) : invalid ? (
        <p role="alert" className="mt-4 text-slate-700">
          This unsubscribe link is not valid or has expired. You can turn programme emails off in
          your{" "}
          <Link href="/settings/profile" className="font-medium text-brand-700 underline">
            settings
          </Link>
          .
        </p>
      ) : token ? (
        <form
          method="post"
          action={`/api/unsubscribe?token=${encodeURIComponent(token)}&from=page`}
          className="mt-4"
        >
          <p className="text-slate-700">
            Stop getting emails about review outcomes, new badges and course credit? Account emails
            such as password resets still come.
          </p>
          <button type="submit" className={`${primaryButtonClass} mt-6`}>
            Unsubscribe
          </button>
        </form>
      ) : (
        <p className="mt-4 text-slate-700">
          This link has no unsubscribe token. Use the link from the email, or turn programme emails
          off in your{" "}
          <Link href="/settings/profile" className="font-medium text-brand-700 underline">
            settings
          </Link>
          .
        </p>
      )}
    </div>
  );
}
