import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getPageUser } from "@/server/auth/page-guards";
import { readOwnSettings } from "@/server/accounts/read-own-settings";
import { getEnv } from "@/server/env";
import { primaryButtonClass, secondaryButtonClass } from "@/ui/forms/button-styles";
import { SubmitButton } from "@/ui/forms/submit-button";
import { confirmEmail, resendVerificationLink } from "../account-actions";

export const metadata: Metadata = { title: "Confirm your email" };

const linkClass = "font-semibold text-brand-700 underline hover:text-brand-900";

/** What each outcome of the button (or of "Resend") tells the person. */
const OUTCOMES: Record<string, { tone: "good" | "bad"; title: string; body: string }> = {
  verified: {
    tone: "good",
    title: "Your email address is confirmed",
    body: "Thank you. Kajabi course credit waiting for this address is now on your account.",
  },
  used: {
    tone: "bad",
    title: "This link has already been used",
    body: "Each link works once. If you opened it before, your email is already confirmed.",
  },
  expired: {
    tone: "bad",
    title: "This link has expired",
    body: "Links work for 48 hours. Ask for a new one below.",
  },
  invalid: {
    tone: "bad",
    title: "This link is not valid",
    body: "Check that you opened the whole link from the email, or ask for a new one below.",
  },
  sent: {
    tone: "good",
    title: "A new link is on its way",
    body: "Open the newest email from LEAPS Tracker. Check your spam folder if it does not arrive in a few minutes.",
  },
  "too-soon": {
    tone: "bad",
    title: "A link was sent a moment ago",
    body: "Wait a minute before asking again (at most five links an hour).",
  },
};

/**
 * The mailed link lands here (docs/product.md §2). Opening the page changes nothing: the
 * button spends the link, so a mail scanner that fetches links does not use it up.
 */
export default async function VerifyEmailPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (getEnv().AUTH_PROVIDER !== "local") notFound();
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token.slice(0, 200) : "";
  const outcome = typeof params.outcome === "string" ? OUTCOMES[params.outcome] : undefined;
  const user = await getPageUser();
  const verified = user ? (await readOwnSettings(user)).emailVerified : false;

  if (token && !outcome) {
    return (
      <>
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Confirm your email</h1>
        <p className="mt-2 text-slate-600">
          Confirm that this email address is yours to finish setting up your account.
        </p>
        <form action={confirmEmail} className="mt-8">
          <input type="hidden" name="token" value={token} />
          <SubmitButton pendingLabel="Confirming…">Confirm my email</SubmitButton>
        </form>
      </>
    );
  }

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">
        {outcome?.title ?? (verified ? "Your email address is confirmed" : "Confirm your email")}
      </h1>
      <div role={outcome?.tone === "bad" ? "alert" : "status"}>
        <p className="mt-3 text-slate-700">
          {outcome?.body ??
            (verified
              ? "Nothing more to do."
              : "We sent a link to your email address when you signed up. Open it to confirm the address.")}
        </p>
      </div>
      {user && !verified ? (
        <form action={resendVerificationLink} className="mt-6">
          <p className="text-sm text-slate-700">
            Sent to <span className="font-medium wrap-anywhere">{user.email}</span>.
          </p>
          <SubmitButton pendingLabel="Sending…" className={`${secondaryButtonClass} mt-3`}>
            Send a new link
          </SubmitButton>
        </form>
      ) : null}
      <p className="mt-8">
        {user ? (
          <Link href="/dashboard" className={primaryButtonClass}>
            Go to your dashboard
          </Link>
        ) : (
          <span className="text-slate-700">
            <Link href="/sign-in?next=/verify-email" className={linkClass}>
              Sign in
            </Link>{" "}
            to check your email status or ask for a new link.
          </span>
        )}
      </p>
    </>
  );
}
