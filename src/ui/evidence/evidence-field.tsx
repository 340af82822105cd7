import type { EvidenceFieldSpec } from "./evidence-field-specs";
import { TextField } from "@/ui/forms/form-field";
import type { PayloadFieldLimits } from "./payload-field-limits";
import { TextAreaField } from "@/ui/forms/text-area-field";

interface EvidenceFieldProps {
  spec: EvidenceFieldSpec;
  limits: PayloadFieldLimits;
  value: string;
  error?: string;
  dateBounds?: { min?: string; max: string };
  onChange: (name: string, value: string) => void;
  onBlur: (name: string) => void;
}

/** One evidence field, its input chosen by kind and its attributes from the schema. */
export function EvidenceField({
  spec,
  limits,
  value,
  error,
  dateBounds,
  onChange,
  onBlur,
}: EvidenceFieldProps) {
  const hint = fieldHint(spec, limits);
  const common = {
    name: spec.name,
    label: limits.optional ? `${spec.label} (optional)` : spec.label,
    hint,
    error,
    value,
    required: !limits.optional,
    onBlur: () => onBlur(spec.name),
  };
  switch (spec.kind) {
    case "textarea":
      return (
        <TextAreaField
          {...common}
          rows={spec.name === "notes" ? 4 : 8}
          minLength={limits.minLength}
          maxLength={limits.maxLength}
          onChange={(event) => onChange(spec.name, event.target.value)}
        />
      );
    case "number":
      return (
        <TextField
          {...common}
          type="number"
          inputMode="numeric"
          step={1}
          min={limits.min}
          max={limits.max}
          className="max-w-40"
          onChange={(event) => onChange(spec.name, event.target.value)}
        />
      );
    case "date":
      return (
        <TextField
          {...common}
          type="date"
          min={dateBounds?.min}
          max={dateBounds?.max}
          className="max-w-56"
          onChange={(event) => onChange(spec.name, event.target.value)}
        />
      );
    case "url":
    case "text":
      return (
        <TextField
          {...common}
          type={spec.kind}
          inputMode={spec.kind === "url" ? "url" : undefined}
          placeholder={spec.kind === "url" ? "https://www.linkedin.com/posts/…" : undefined}
          autoComplete="off"
          maxLength={limits.maxLength}
          onChange={(event) => onChange(spec.name, event.target.value)}
        />
      );
  }
}

/** The spec's help text plus the schema's limits in words ("Whole number, 0–50."). */
function fieldHint(spec: EvidenceFieldSpec, limits: PayloadFieldLimits): string | undefined {
  const parts = spec.hint ? [spec.hint] : [];
  if (spec.kind === "number" && limits.min !== undefined && limits.max !== undefined) {
    parts.push(`A whole number from ${limits.min} to ${limits.max}.`);
  }
  if (spec.kind === "text" && limits.minLength !== undefined && limits.maxLength !== undefined) {
    parts.push(`${limits.minLength}–${limits.maxLength} characters.`);
  }
  return parts.length > 0 ? parts.join(" ") : undefined;
}
