import Link from "next/link";
import { useTranslations } from "next-intl";
import { secondaryButtonClass } from "@/ui/forms/button-styles";
import { SelectField, TextField } from "@/ui/forms/form-field";
import { showFilterDate } from "./filter-date";

/**
 * A filter beside the search: a select when it has options, else a text or date field.
 * A date field is text typed day first (dd/mm/yyyy, see filter-date.ts), never the
 * browser's date picker, whose order follows the device rather than the page's language.
 */
export interface FilterField {
  name: string;
  label: string;
  type?: "text" | "date";
  hint?: string;
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
 * A list's filters as a GET form: a search box (`q`, when the list has a search) and the
 * other fields. It works without JavaScript, and every result is a shareable URL. "Clear"
 * (shown while any filter is set) goes back to the whole list. `errors` (the server's
 * validation, per field) are said beside each field and summed up above, so a wrong date
 * is never silently dropped. Column headings and field labels are the caller's words.
 */
export function FilterBar({
  action,
  label,
  placeholder,
  fields,
  values,
  errors = {},
  submitLabel,
}: {
  /** The list's path; the form submits to it. */
  action: string;
  /** The search landmark's name ("Filter users"). */
  label: string;
  /** The search box's placeholder: what it searches. No search box without it. */
  placeholder?: string;
  fields: FilterField[];
  /** The filters in force, by name (`q` is the search). */
  values: Record<string, string | undefined>;
  errors?: Record<string, string>;
  submitLabel: string;
}) {
  const t = useTranslations("lists");
  const messages = Object.values(errors);
  const columns =
    placeholder === undefined
      ? "lg:grid-cols-[repeat(auto-fit,minmax(10rem,1fr))]"
      : (WIDE_COLUMNS[fields.length] ?? "");
  return (
    <form
      action={action}
      role="search"
      aria-label={label}
      className={`mt-6 grid gap-4 sm:grid-cols-2 lg:items-end ${columns}`}
    >
      {messages.length > 0 ? (
        <div
          role="alert"
          className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-800 sm:col-span-2 lg:col-span-full"
        >
          <p className="font-semibold">{t("notApplied")}</p>
          <ul className="mt-1 list-disc pl-5">
            {messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {placeholder === undefined ? null : (
        <TextField
          id="filter-q"
          name="q"
          type="search"
          label={t("search")}
          placeholder={placeholder}
          maxLength={100}
          defaultValue={values.q}
        />
      )}
      {fields.map(({ name, label, type, hint, placeholder, anyLabel = "", options }) =>
        options ? (
          <SelectField
            key={name}
            id={`filter-${name}`}
            name={name}
            label={label}
            hint={hint}
            error={errors[name]}
            defaultValue={values[name] ?? ""}
            options={[{ value: "", label: anyLabel }, ...options]}
          />
        ) : (
          <TextField
            key={name}
            id={`filter-${name}`}
            name={name}
            type="text"
            label={label}
            hint={hint}
            error={errors[name]}
            placeholder={type === "date" ? (placeholder ?? t("datePlaceholder")) : placeholder}
            maxLength={type === "date" ? 10 : 200}
            autoComplete={type === "date" ? "off" : undefined}
            defaultValue={type === "date" ? showFilterDate(values[name]) : values[name]}
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
            {t("clear")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}

/** Whether any filter is in force (empty text is none). */
export function isFiltered(values: Record<string, string | undefined>): boolean {
  return Object.values(values).some(Boolean);
}
