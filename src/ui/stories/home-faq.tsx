import { useTranslations } from "next-intl";

/** The questions' keys under stories.faq, in the order they are asked. */
const QUESTIONS = ["who", "points", "evidence", "publicPages", "data"] as const;

/** A short FAQ; native disclosure widgets, so it works with the keyboard and without JavaScript. */
export function HomeFaq() {
  const t = useTranslations("stories");
  return (
    <div className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
      {QUESTIONS.map((item) => (
        <details key={item} className="group px-4 py-3">
          <summary className="cursor-pointer list-inside font-semibold text-slate-900 marker:text-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700">
            {t(`faq.${item}.question`)}
          </summary>
          <p className="mt-2 text-slate-700">{t(`faq.${item}.answer`)}</p>
        </details>
      ))}
    </div>
  );
}
