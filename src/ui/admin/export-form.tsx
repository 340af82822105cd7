import { secondaryButtonClass } from "@/ui/forms/button-styles";
import { SelectField, TextField } from "@/ui/forms/form-field";
import type { FilterField } from "@/ui/lists/filter-bar";

/**
 * One CSV export as a plain GET form: submitting it downloads the file with the chosen
 * filters, with or without JavaScript. Blank fields mean "no filter".
 */
export function ExportForm({
  kind,
  fields,
}: {
  kind: string;
  /** The filters this export applies, in form order. */
  fields: FilterField[];
}) {
  return (
    <form
      method="get"
      action={`/api/admin/exports/${kind}.csv`}
      aria-label={`Export ${kind}`}
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
        ) : (
          <TextField
            key={name}
            id={`${kind}-${name}`}
            name={name}
            label={label}
            type={type ?? "text"}
            placeholder={placeholder}
            maxLength={100}
          />
        ),
      )}
      <button type="submit" className={secondaryButtonClass}>
        Export CSV
      </button>
    </form>
  );
}
