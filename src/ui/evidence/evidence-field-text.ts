import { useTranslations } from "next-intl";
import type { ActivityCode } from "@/server/activities/activity-canon";
import type { EvidenceFieldSpec } from "./evidence-field-specs";

type EvidenceTranslator = ReturnType<typeof useTranslations<"evidence">>;
type FieldKey<Part extends "label" | "hint"> = Extract<
  Parameters<EvidenceTranslator>[0],
  `fields.${string}.${Part}`
>;

/**
 * An activity's evidence fields in the reader's language: each one's label ("Date of the
 * class") and help text, when it has any. For the form, the educator's page, review and
 * the public profile alike.
 */
export function useEvidenceFieldText(activity: ActivityCode) {
  const t = useTranslations("evidence");
  return {
    label: (spec: EvidenceFieldSpec): string =>
      t(`fields.${activity}.${spec.name}.label` as FieldKey<"label">),
    hint: (spec: EvidenceFieldSpec): string | undefined =>
      spec.hint
        ? t(`fields.${activity}.${spec.name}.hint` as FieldKey<"hint">, {
            days: spec.maxAgeDays ?? 0,
          })
        : undefined,
  };
}
