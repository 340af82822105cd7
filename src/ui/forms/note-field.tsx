import type { ReactNode, TextareaHTMLAttributes } from "react";
import { controlProps, FieldFrame } from "./form-field";

type NoteFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name"> & {
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
};

/**
 * A labelled, uncontrolled multi-line text box for short notes and reasons (review
 * notes, adjustment reasons): TextField's look and behaviour, several lines tall. Forms
 * that need a live character count use TextAreaField instead.
 */
export function NoteField({
  name,
  label,
  hint,
  error,
  id,
  className,
  ...textarea
}: NoteFieldProps) {
  const controlId = id ?? `field-${name}`;
  return (
    <FieldFrame id={controlId} label={label} hint={hint} error={error}>
      <textarea
        rows={3}
        {...textarea}
        {...controlProps({ id: controlId, name, hint, error, className })}
      />
    </FieldFrame>
  );
}
