import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";

const controlClass =
  "mt-1.5 block w-full rounded-lg border bg-white px-3 py-2.5 text-base text-slate-900 shadow-sm placeholder:text-slate-500 disabled:cursor-not-allowed disabled:bg-slate-100 disabled:text-slate-600 aria-invalid:border-red-700 border-slate-400";

interface FieldFrameProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}

/** Label, control, hint and error stacked; the ids tie them together for assistive tech. */
export function FieldFrame({ id, label, hint, error, children }: FieldFrameProps) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="mt-1.5 flex gap-1.5 text-sm font-medium text-red-800">
          <span aria-hidden="true">!</span>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** aria-describedby for a control: its hint, then its error, when present (then any extra ids). */
function describedBy(
  id: string,
  hint: unknown,
  error: unknown,
  ...extra: string[]
): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, ...extra].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

/** The props every field's control shares: its id and name, validity, descriptions and look. */
export function controlProps(
  {
    id,
    name,
    hint,
    error,
    className,
  }: { id: string; name: string; hint: unknown; error: unknown; className?: string },
  ...describedByExtra: string[]
) {
  return {
    id,
    name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, hint, error, ...describedByExtra),
    className: `${controlClass} ${className ?? ""}`,
  };
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "name"> & {
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
};

/** A labelled text input with its hint and its error message (aria-invalid when wrong). */
export function TextField({ name, label, hint, error, id, className, ...input }: TextFieldProps) {
  const controlId = id ?? `field-${name}`;
  return (
    <FieldFrame id={controlId} label={label} hint={hint} error={error}>
      <input {...input} {...controlProps({ id: controlId, name, hint, error, className })} />
    </FieldFrame>
  );
}

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "name"> & {
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  options: readonly { value: string; label: string }[];
};

/** A labelled native select with its hint and error. */
export function SelectField({
  name,
  label,
  hint,
  error,
  id,
  options,
  className,
  ...select
}: SelectFieldProps) {
  const controlId = id ?? `field-${name}`;
  return (
    <FieldFrame id={controlId} label={label} hint={hint} error={error}>
      <select {...select} {...controlProps({ id: controlId, name, hint, error, className })}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
