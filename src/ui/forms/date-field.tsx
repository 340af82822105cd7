"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState, type ChangeEvent, type FocusEvent, type ReactNode } from "react";
import { checkLocalDate, localDateText, type LocalDateProblem } from "@/i18n/parse-local-date";
import { formatDate } from "@/ui/format/format-date";
import { TextField } from "./form-field";

const EXAMPLE = "31/03/2026";

/**
 * A date typed day first (dd/mm/yyyy, the order of both languages) in a text input: a
 * native date input would show the browser's order, which may be the US month/day. It
 * submits what was typed; whoever reads the form turns it into ISO with parseLocalDate
 * (src/i18n/parse-local-date.ts), which also takes d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy and
 * yyyy-mm-dd. Left on its own it checks the date when the field is left (format, a real
 * day, min/max); given `value`/`onChange`, the caller owns the value and the checking.
 */
export function DateField({
  name,
  label,
  defaultValue,
  min,
  max,
  error,
  hint,
  id,
  value,
  onChange,
  onBlur,
  required,
  className,
}: {
  name: string;
  label: string;
  /** ISO yyyy-mm-dd, shown as dd/mm/yyyy. */
  defaultValue?: string;
  /** ISO bounds (inclusive). */
  min?: string;
  max?: string;
  error?: string;
  hint?: ReactNode;
  id?: string;
  value?: string;
  onChange?: (event: ChangeEvent<HTMLInputElement>) => void;
  onBlur?: (event: FocusEvent<HTMLInputElement>) => void;
  required?: boolean;
  className?: string;
}) {
  const t = useTranslations("forms.dateField");
  const describe = useDateProblem();
  const [problem, setProblem] = useState<LocalDateProblem>();
  const controlled = value !== undefined;

  function check(event: FocusEvent<HTMLInputElement>) {
    onBlur?.(event);
    if (controlled) return;
    const result = checkLocalDate(event.target.value, { min, max });
    setProblem(result.problem === "empty" && !required ? undefined : result.problem);
  }

  return (
    <TextField
      id={id}
      name={name}
      label={label}
      hint={
        <>
          {hint ? <>{hint} </> : null}
          {t("format", { example: EXAMPLE })}
        </>
      }
      error={error ?? (problem ? describe(problem, { min, max }) : undefined)}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder={t("placeholder")}
      required={required}
      {...(controlled
        ? { value, onChange }
        : { defaultValue: localDateText(defaultValue ?? ""), onChange })}
      onBlur={check}
      className={`max-w-56 ${className ?? ""}`}
    />
  );
}

/** The words for a date's problem, its bounds written as dates of the reader's language. */
export function useDateProblem() {
  const t = useTranslations("forms.dateField.errors");
  const format = useFormatter();
  return (problem: LocalDateProblem, bounds: { min?: string; max?: string } = {}): string => {
    switch (problem) {
      case "tooEarly":
        return t("tooEarly", { min: formatDate(format, bounds.min ?? "") });
      case "tooLate":
        return t("tooLate", { max: formatDate(format, bounds.max ?? "") });
      case "format":
        return t("format", { example: EXAMPLE });
      case "empty":
        return t("empty");
      case "impossible":
        return t("impossible");
    }
  };
}
