import Form from "next/form";
import Link from "next/link";
import { secondaryButtonClass } from "@/ui/forms/button-styles";
import { SelectField, TextField } from "@/ui/forms/form-field";

interface FieldBase {
  name: string;
  label: string;
  value?: string;
}

export type FilterField =
  | (FieldBase & { type: "text"; placeholder?: string })
  | (FieldBase & {
      type: "select";
      /** The first choice, meaning "no filter" ("All roles"). */
      anyLabel: string;
      options: readonly { value: string; label: string }[];
    });

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
  search,
  fields,
  submitLabel,
}: {
  /** The list's path; the form submits to it. */
  action: string;
  /** The search landmark's name ("Filter users"). */
  label: string;
  search: { placeholder: string; value?: string };
  fields: FilterField[];
  submitLabel: string;
}) {
  const filtered = Boolean(search.value) || fields.some((field) => field.value);
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
        placeholder={search.placeholder}
        maxLength={100}
        defaultValue={search.value}
      />
      {fields.map((field) =>
        field.type === "select" ? (
          <SelectField
            key={field.name}
            id={`filter-${field.name}`}
            name={field.name}
            label={field.label}
            defaultValue={field.value ?? ""}
            options={[{ value: "", label: field.anyLabel }, ...field.options]}
          />
        ) : (
          <TextField
            key={field.name}
            id={`filter-${field.name}`}
            name={field.name}
            label={field.label}
            placeholder={field.placeholder}
            maxLength={100}
            defaultValue={field.value}
          />
        ),
      )}
      <div className="flex gap-3 sm:col-span-2 lg:col-span-1">
        <button type="submit" className={`${secondaryButtonClass} py-2.5`}>
          {submitLabel}
        </button>
        {filtered ? (
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
