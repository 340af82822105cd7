import { useTranslations } from "next-intl";
import type { ActivityCode } from "@/server/activities/activity-canon";
import type { EvidenceFieldSpec } from "./evidence-field-specs";
import { useEvidenceFieldText } from "./evidence-field-text";
import { DateField } from "@/ui/forms/date-field";
import { TextField } from "@/ui/forms/form-field";
import type { PayloadFieldLimits } from "./payload-field-limits";
import { TextAreaField } from "@/ui/forms/text-area-field";

interface EvidenceFieldProps {
  activity: ActivityCode;
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
  activity,
  spec,
  limits,
  value,
  error,
  dateBounds,
  onChange,
  onBlur,
}: EvidenceFieldProps) {
  const t = useTranslations("evidence");
  const text = useEvidenceFieldText(activity);
  const label = text.label(spec);
  const common = {
    name: spec.name,
    label: limits.optional ? t("optional", { label }) : label,
    hint: fieldHint(text.hint(spec), spec, limits, t),
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
        <DateField
          {...common}
          min={dateBounds?.min}
          max={dateBounds?.max}
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

/** The field's help text plus the schema's limits in words ("A whole number from 0 to 50."). */
function fieldHint(
  help: string | undefined,
  spec: EvidenceFieldSpec,
  limits: PayloadFieldLimits,
  t: ReturnType<typeof useTranslations<"evidence">>,
): string | undefined {
  const parts = help ? [help] : [];
  if (spec.kind === "number" && limits.min !== undefined && limits.max !== undefined) {
    parts.push(t("numberRange", { min: limits.min, max: limits.max }));
  }
  if (spec.kind === "text" && limits.minLength !== undefined && limits.maxLength !== undefined) {
    parts.push(t("lengthRange", { min: limits.minLength, max: limits.maxLength }));
  }
  return parts.length > 0 ? parts.join(" ") : undefined;
}
