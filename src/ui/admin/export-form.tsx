import { useTranslations } from "next-intl";
import { secondaryButtonClass } from "@/ui/forms/button-styles";
import { SelectField, TextField } from "@/ui/forms/form-field";
import type { FilterField } from "@/ui/lists/filter-bar";

/** dd/mm/yyyy (or ISO), so the browser refuses a malformed day before the download. */
const DATE_PATTERN = String.raw`\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2}`;

/**
 * One CSV export as a plain GET form: submitting it downloads the file with the chosen
 * filters, with or without JavaScript. Blank fields mean "no filter". A "date" field is
 * typed as dd/mm/yyyy, the order of both our languages; the export reads it.
 */
export function ExportForm({
  kind,
  fields,
}: {
  kind: string;
  /** The filters this export applies, in form order. */
  fields: FilterField[];
}) {
  const t = useTranslations("exports");
  return (
    <form
      method="get"
      action={`/api/admin/exports/${kind}.csv`}
      aria-label={t("formLabel", { kind })}
      className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[repeat(4,minmax(0,1fr))_auto] lg:items-end"
    >
      {fields.map(({ name, label, anyLabel = "", options, placeholder, type }) =>
        options ? (
          <SelectField
            key={name}
            id={`${kind}-${name}`}
            name={name}
            label={label}
            defaultValue=""
            options={[{ value: "", label: anyLabel }, ...options]}
          />
        ) : type === "date" ? (
          <TextField
            key={name}
            id={`${kind}-${name}`}
            name={name}
            label={label}
            inputMode="numeric"
            placeholder={t("datePlaceholder")}
            pattern={DATE_PATTERN}
            title={t("dateTitle")}
            maxLength={10}
          />
        ) : (
          <TextField
            key={name}
            id={`${kind}-${name}`}
            name={name}
            label={label}
            placeholder={placeholder}
            maxLength={100}
          />
        ),
      )}
      <button type="submit" className={secondaryButtonClass}>
        {t("exportCsv")}
      </button>
    </form>
  );
}
