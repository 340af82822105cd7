import Link from "next/link";
import { secondaryButtonClass } from "@/ui/forms/button-styles";
import { SelectField, TextField } from "@/ui/forms/form-field";

/** One field of a GET filter form: a date, a select (when it has options) or free text. */
export interface AdminFilterField {
  name: string;
  label: string;
  type?: "date" | "text";
  hint?: string;
  placeholder?: string;
  anyLabel?: string;
  options?: readonly { value: string; label: string }[];
}

/**
 * A plain GET form (works without JavaScript; every result is a shareable URL) for the
 * admin overview's and audit log's filters, with each field's error from the server's
 * validation beside it and a summary above, so a wrong date is said, not silently dropped.
 */
export function AdminFilterForm({
  action,
  label,
  fields,
  values,
  errors,
  submitLabel,
}: {
  action: string;
  label: string;
  fields: AdminFilterField[];
  values: Record<string, string | undefined>;
  errors: Record<string, string>;
  submitLabel: string;
}) {
  const messages = Object.values(errors);
  return (
    <form
      action={action}
      method="get"
      role="search"
      aria-label={label}
      className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-[repeat(auto-fit,minmax(10rem,1fr))] lg:items-end"
    >
      {messages.length > 0 ? (
        <div
          role="alert"
          className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-800 sm:col-span-2 lg:col-span-full"
        >
          <p className="font-semibold">Some filters were not applied:</p>
          <ul className="mt-1 list-disc pl-5">
            {messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      ) : null}
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
            type={type ?? "text"}
            label={label}
            hint={hint}
            error={errors[name]}
            placeholder={placeholder}
            maxLength={type === "date" ? undefined : 200}
            defaultValue={values[name]}
          />
        ),
      )}
      <div className="flex gap-3">
        <button type="submit" className={`${secondaryButtonClass} py-2.5`}>
          {submitLabel}
        </button>
        {Object.values(values).some(Boolean) ? (
          <Link
            href={action}
            className="self-center text-sm font-semibold text-brand-700 underline hover:text-brand-900"
          >
            Clear
          </Link>
        ) : null}
      </div>
    </form>
  );
}

/** A zod error's first message per top-level field, for AdminFilterForm. */
export function fieldErrors(issues: readonly { path: PropertyKey[]; message: string }[]) {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return errors;
}

/** The first value of each query parameter, as text. */
export function firstValues(
  searchParams: Record<string, string | string[] | undefined>,
): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(searchParams).map(([name, value]) => [
      name,
      Array.isArray(value) ? value[0] : value,
    ]),
  );
}
