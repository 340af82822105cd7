import type { ActivityCode } from "@/server/activities/activity-canon";
import type { EvidenceDateBounds } from "./evidence-date-bounds";
import { EvidenceField } from "./evidence-field";
import { EVIDENCE_FIELDS } from "./evidence-field-specs";
import type { EvidenceValues } from "./evidence-payload";
import { payloadFieldLimits } from "./payload-field-limits";

/** The evidence fields of one activity (docs/product.md §3), in order. */
export function ActivityFormFields({
  activity,
  values,
  errors,
  dateBounds,
  onChange,
  onBlur,
}: {
  activity: ActivityCode;
  values: EvidenceValues;
  errors: Record<string, string | undefined>;
  dateBounds: EvidenceDateBounds;
  onChange: (name: string, value: string) => void;
  onBlur: (name: string) => void;
}) {
  return (
    <>
      {EVIDENCE_FIELDS[activity].map((spec) => (
        <EvidenceField
          key={spec.name}
          activity={activity}
          spec={spec}
          limits={payloadFieldLimits(activity, spec.name)}
          value={values[spec.name] ?? ""}
          error={errors[spec.name]}
          dateBounds={dateBounds[spec.name]}
          onChange={onChange}
          onBlur={onBlur}
        />
      ))}
    </>
  );
}
