import Form from "next/form";
import Link from "next/link";
import { secondaryButtonClass } from "@/ui/forms/button-styles";
import { SelectField, TextField } from "@/ui/forms/form-field";

/** A filter beside the search: a select when it has options, else a text field. */
export interface FilterField {
  name: string;
  label: string;
  placeholder?: string;
  /** A select's first choice, meaning "no filter" ("All roles"). */
  anyLabel?: string;
  options?: readonly { value: string; label: string }[];
}

// Static class names, so Tailwind sees them: the search is wider than the other fields.
const WIDE_COLUMNS: Record<number, string> = {
  1: "lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_auto]",
  2: "lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_auto]",
  3: "lg:grid-cols-[minmax(0,2fr)_repeat(3,minmax(0,1fr))_auto]",
};

/**
 * A list's filters as a GET form: a search box (`q`) and the other fields. It works
 * without JavaScript, and every result is a shareable URL. "Clear" (shown while any
 * filter is set) goes back to the whole list.
 */
export function FilterBar({
  action,
  label,
  placeholder,
  fields,
  values,
  submitLabel,
}: {
  /** The list's path; the form submits to it. */
  action: string;
  /** The search landmark's name ("Filter users"). */
  label: string;
  /** The search box's placeholder: what it searches. */
  placeholder: string;
  fields: FilterField[];
  /** The filters in force, by name (`q` is the search). */
  values: Record<string, string | undefined>;
  submitLabel: string;
}) {
  return (
    <Form
      action={action}
      role="search"
      aria-label={label}
      className={`mt-6 grid gap-4 sm:grid-cols-2 lg:items-end ${WIDE_COLUMNS[fields.length] ?? ""}`}
    >
      <TextField
        id="filter-q"
        name="q"
        type="search"
        label="Search"
        placeholder={placeholder}
        maxLength={100}
        defaultValue={values.q}
      />
      {fields.map(({ name, label, placeholder, anyLabel = "", options }) =>
        options ? (
          <SelectField
            key={name}
            id={`filter-${name}`}
            name={name}
            label={label}
            defaultValue={values[name] ?? ""}
            options={[{ value: "", label: anyLabel }, ...options]}
          />
        ) : (
          <TextField
            key={name}
            id={`filter-${name}`}
            name={name}
            label={label}
            placeholder={placeholder}
            maxLength={100}
            defaultValue={values[name]}
          />
        ),
      )}
      <div className="flex gap-3 sm:col-span-2 lg:col-span-1">
        <button type="submit" className={`${secondaryButtonClass} py-2.5`}>
          {submitLabel}
        </button>
        {isFiltered(values) ? (
          <Link
            href={action}
            className="self-center text-sm font-semibold text-brand-700 underline hover:text-brand-900"
          >
            Clear
          </Link>
        ) : null}
      </div>
    </Form>
  );
}

/** Whether any filter is in force (empty text is none). */
export function isFiltered(values: Record<string, string | undefined>): boolean {
  return Object.values(values).some(Boolean);
}
