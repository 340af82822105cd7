import { useTranslations } from "next-intl";

/** A dash for a value nobody has given, read out as "Not set". */
export function NotSet() {
  const t = useTranslations("common");
  return (
    <span className="text-slate-600">
      <span aria-hidden="true">—</span>
      <span className="sr-only">{t("notSet")}</span>
    </span>
  );
}
