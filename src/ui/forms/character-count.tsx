import { useTranslations } from "next-intl";

/**
 * "149 / 5,000 characters (minimum 150) · 1 more needed" under a textarea. It counts the
 * trimmed text, because that is what the schema measures (leading and trailing spaces
 * don't count). Screen readers hear only when the verdict changes (too short / enough /
 * too long), not every keystroke; the full count is in the field's description.
 */
export function CharacterCount({
  id,
  value,
  min,
  max,
}: {
  id: string;
  value: string;
  min?: number;
  max?: number;
}) {
  const t = useTranslations("forms.characterCount");
  const length = value.trim().length;
  const short = min !== undefined && length < min ? min - length : 0;
  const over = max !== undefined && length > max ? length - max : 0;
  const count = [
    max !== undefined ? t("countOf", { length, max }) : t("count", { length }),
    min !== undefined ? t("minimum", { min }) : null,
    short > 0 ? "·" : null,
    short > 0 ? t("needed", { count: short }) : null,
    over > 0 ? "·" : null,
    over > 0 ? t("tooMany", { count: over }) : null,
  ]
    .filter((part) => part !== null)
    .join(" ");
  const verdict =
    short > 0
      ? t("verdictShort", { min: min! })
      : over > 0
        ? t("verdictLong", { max: max! })
        : min !== undefined
          ? t("verdictEnough", { min })
          : "";
  return (
    <>
      <p
        id={id}
        className={`mt-1.5 text-sm ${short > 0 || over > 0 ? "text-slate-700" : "text-slate-600"}`}
      >
        {count}
      </p>
      <p aria-live="polite" className="sr-only">
        {verdict}
      </p>
    </>
  );
}
