import { useTranslations } from "next-intl";
import type { Visibility } from "@/server/db/schema";
import { VISIBILITY_OPTIONS } from "./visibility-options";

/** Who may see the evidence: a radio group, PRIVATE unless the educator chooses otherwise. */
export function VisibilityField({
  value,
  onChange,
  name = "visibility",
}: {
  value: Visibility;
  onChange: (value: Visibility) => void;
  name?: string;
}) {
  const t = useTranslations("evidence.visibility");
  return (
    <fieldset>
      <legend className="text-sm font-semibold text-slate-900">{t("legend")}</legend>
      <p className="mt-1 text-sm text-slate-600">{t("changeLater")}</p>
      <div className="mt-2 flex flex-col gap-2">
        {VISIBILITY_OPTIONS.map((option) => {
          const id = `${name}-${option.toLowerCase()}`;
          return (
            <div
              key={option}
              className="flex gap-3 rounded-lg border border-slate-300 p-3 has-checked:border-brand-700 has-checked:bg-brand-50"
            >
              <input
                id={id}
                type="radio"
                name={name}
                value={option}
                checked={value === option}
                onChange={() => onChange(option)}
                aria-describedby={`${id}-description`}
                className="mt-1 size-4 accent-brand-700"
              />
              <div>
                <label htmlFor={id} className="font-semibold text-slate-900">
                  {t(`label.${option}`)}
                </label>
                <p id={`${id}-description`} className="text-sm text-slate-700">
                  {t(`description.${option}`)}
                </p>
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
