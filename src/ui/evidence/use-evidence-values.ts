"use client";

import { useState } from "react";
import type { ActivityCode } from "@/server/activities/activity-canon";
import { localDateText } from "@/i18n/parse-local-date";
import { evidenceErrors } from "./evidence-errors";
import { useEvidenceProblem } from "./use-evidence-problem";
import { EVIDENCE_FIELDS } from "./evidence-field-specs";
import type { EvidenceValues } from "./evidence-payload";
import type { FormState } from "@/server/forms/form-state";

/**
 * The evidence fields' values and the error each one shows. The schema is checked on
 * every change but a field's message appears only once it has been left (blur) or the
 * form was sent, so nobody is scolded mid-sentence. The server's message for a field
 * wins until that field is edited again: the server has the last word.
 */
export function useEvidenceValues(
  activity: ActivityCode,
  initial: EvidenceValues,
  state: FormState,
) {
  const specs = EVIDENCE_FIELDS[activity];
  const fields = specs.map((field) => field.name);
  // Stored dates are ISO; the date fields show them day first, as they are typed.
  const [values, setValues] = useState<EvidenceValues>(() =>
    Object.fromEntries(
      specs.map(({ name, kind }) => {
        const stored = initial[name] ?? "";
        return [name, state.values?.[name] ?? (kind === "date" ? localDateText(stored) : stored)];
      }),
    ),
  );
  const describe = useEvidenceProblem(activity);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [editedSinceAnswer, setEditedSinceAnswer] = useState<ReadonlySet<string>>(new Set());
  const [answer, setAnswer] = useState(state);
  if (answer !== state) {
    // A new answer from the server: its field messages apply again.
    setAnswer(state);
    setEditedSinceAnswer(new Set());
  }

  const schemaErrors = evidenceErrors(activity, values, describe);
  const errors: Record<string, string | undefined> = Object.fromEntries(
    fields.map((name) => [
      name,
      (!editedSinceAnswer.has(name) ? state.fieldErrors?.[name] : undefined) ??
        (touched.has(name) ? schemaErrors[name] : undefined),
    ]),
  );

  return {
    values,
    errors,
    valid: Object.keys(schemaErrors).length === 0,
    change(name: string, value: string) {
      setValues((current) => ({ ...current, [name]: value }));
      setEditedSinceAnswer((current) => new Set(current).add(name));
    },
    blur(name: string) {
      setTouched((current) => (current.has(name) ? current : new Set(current).add(name)));
    },
    /** Shows every field's message (the form is being sent); true when all are valid. */
    touchAll(): boolean {
      setTouched(new Set(fields));
      return Object.keys(schemaErrors).length === 0;
    },
  };
}
