import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getPageUser } from "@/server/auth/page-guards";
import { readOwnSettings } from "@/server/accounts/read-own-settings";
import { getEnv } from "@/server/env";
import { primaryButtonClass, secondaryButtonClass } from "@/ui/forms/button-styles";
import { SubmitButton } from "@/ui/forms/submit-button";
import { confirmEmail, resendVerificationLink } from "../account-actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.verifyEmail");
  return { title: t("title") };
}

const linkClass = "font-semibold text-brand-700 underline hover:text-brand-900";

type OutcomeKey = "verified" | "used" | "expired" | "invalid" | "sent" | "tooSoon";

/** Each outcome of the button (or of "Resend"), as the redirect names it: its words and tone. */
const OUTCOMES: Record<string, { key: OutcomeKey; tone: "good" | "bad" }> = {
  verified: { key: "verified", tone: "good" },
  used: { key: "used", tone: "bad" },
  expired: { key: "expired", tone: "bad" },
  invalid: { key: "invalid", tone: "bad" },
  sent: { key: "sent", tone: "good" },
  "too-soon": { key: "tooSoon", tone: "bad" },
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
  const outcome =
    typeof params.outcome === "string" && Object.hasOwn(OUTCOMES, params.outcome)
      ? OUTCOMES[params.outcome]
      : undefined;
  const user = await getPageUser();
  const verified = user ? (await readOwnSettings(user)).emailVerified : false;
  const t = await getTranslations("auth.verifyEmail");

  if (token && !outcome) {
    return (
      <>
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t("title")}</h1>
        <p className="mt-2 text-slate-600">{t("intro")}</p>
        <form action={confirmEmail} className="mt-8">
          <input type="hidden" name="token" value={token} />
          <SubmitButton pendingLabel={t("confirming")}>{t("confirm")}</SubmitButton>
        </form>
      </>
    );
  }

  const title = outcome
    ? t(`outcomes.${outcome.key}.title`)
    : verified
      ? t("confirmedTitle")
      : t("title");
  const body = outcome
    ? t(`outcomes.${outcome.key}.body`)
    : verified
      ? t("nothingMore")
      : t("checkMail");
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{title}</h1>
      <div role={outcome?.tone === "bad" ? "alert" : "status"}>
        <p className="mt-3 text-slate-700">{body}</p>
      </div>
      {user && !verified ? (
        <form action={resendVerificationLink} className="mt-6">
          <p className="text-sm text-slate-700">
            {t.rich("sentTo", {
              email: user.email,
              address: (chunks) => <span className="font-medium wrap-anywhere">{chunks}</span>,
            })}
          </p>
          <SubmitButton pendingLabel={t("sending")} className={`${secondaryButtonClass} mt-3`}>
            {t("resend")}
          </SubmitButton>
        </form>
      ) : null}
      <p className="mt-8">
        {user ? (
          <Link href="/dashboard" className={primaryButtonClass}>
            {t("dashboard")}
          </Link>
        ) : (
          <span className="text-slate-700">
            {t.rich("signInToCheck", {
              link: (chunks) => (
                <Link href="/sign-in?next=/verify-email" className={linkClass}>
                  {chunks}
                </Link>
              ),
            })}
          </span>
        )}
      </p>
    </>
  );
}
