import type { ReactNode, TextareaHTMLAttributes } from "react";
import { CharacterCount } from "./character-count";
import { controlProps, FieldFrame } from "./form-field";

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "value"> & {
  name: string;
  label: string;
  value: string;
  hint?: ReactNode;
  error?: string;
  minLength?: number;
  maxLength?: number;
};

/**
 * A labelled textarea with its hint, error and a live character count against the
 * field's limits. The count is part of the description, so it is read on focus.
 */
export function TextAreaField({
  name,
  label,
  value,
  hint,
  error,
  id,
  minLength,
  maxLength,
  className,
  ...textarea
}: TextAreaFieldProps) {
  const controlId = id ?? `field-${name}`;
  const countId = `${controlId}-count`;
  return (
    <FieldFrame id={controlId} label={label} hint={hint} error={error}>
      <textarea
        {...textarea}
        value={value}
        maxLength={maxLength}
        {...controlProps(
          { id: controlId, name, hint, error, className: `min-h-32 ${className ?? ""}` },
          countId,
        )}
      />
      <CharacterCount id={countId} value={value} min={minLength} max={maxLength} />
    </FieldFrame>
  );
}
