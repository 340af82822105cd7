import Link from "next/link";
import { useTranslations } from "next-intl";
import { primaryButtonClass, secondaryButtonClass } from "@/ui/forms/button-styles";

/** The steps' keys under home.howToStart.steps, in order. */
const STEPS = ["account", "learn", "submit", "review"] as const;

/** Four numbered steps from visitor to leaderboard, ending in the same calls to action. */
export function HowToStart() {
  const t = useTranslations("home.howToStart");
  return (
    <section
      aria-labelledby="how-to-start-heading"
      className="border-t border-slate-200 bg-slate-50"
    >
      <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
        <h2 id="how-to-start-heading" className="text-2xl font-bold tracking-tight text-slate-900">
          {t("heading")}
        </h2>
        <ol className="mt-8 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
          {STEPS.map((step, index) => (
            <li key={step} className="flex gap-4">
              <span
                aria-hidden="true"
                className="grid size-8 shrink-0 place-items-center rounded-full bg-brand-700 text-sm font-bold text-white"
              >
                {index + 1}
              </span>
              <div>
                <h3 className="font-semibold text-slate-900">{t(`steps.${step}.title`)}</h3>
                <p className="mt-1 text-sm leading-6 text-slate-600">{t(`steps.${step}.body`)}</p>
              </div>
            </li>
          ))}
        </ol>
        <div className="mt-10 flex flex-col gap-3 sm:flex-row">
          <Link href="/dashboard" className={`${primaryButtonClass} viewer-member`}>
            {t("dashboard")}
          </Link>
          <Link href="/sign-up" className={`${primaryButtonClass} viewer-anonymous`}>
            {t("createAccount")}
          </Link>
          <Link href="/leaderboard" className={secondaryButtonClass}>
            {t("browseLeaderboard")}
          </Link>
        </div>
      </div>
    </section>
  );
}
