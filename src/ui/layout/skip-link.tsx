import { useTranslations } from "next-intl";

/** Lets keyboard and screen-reader users jump past the header; visible only when focused. */
export function SkipLink({ targetId }: { targetId: string }) {
  const t = useTranslations("layout");
  return (
    <a
      href={`#${targetId}`}
      className="sr-only z-50 rounded-md bg-brand-700 font-semibold text-white focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:px-4 focus:py-2"
    >
      {t("skipLink")}
    </a>
  );
}
