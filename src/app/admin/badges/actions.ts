"use server";

import { refresh } from "next/cache";
import { createBadgeInput, updateBadgeInput } from "@/server/badges/badge-inputs";
import { createBadge } from "@/server/badges/create-badge";
import { updateBadge } from "@/server/badges/update-badge";
import { formAction } from "@/server/forms/form-action";
import { formText } from "@/server/forms/form-data";
import type { FormState } from "@/server/forms/form-state";
import type { ErrorKey } from "@/server/messages/error-text";
import { invalidFields } from "@/server/forms/invalid-fields";
import { parseWholeNumber } from "@/ui/forms/parse-whole-number";
import { CRITERIA_INPUTS, type CriteriaField } from "./criteria-kinds";

/** Creates a badge from the form: code, texts and the criteria editor's fields. */
export const createBadgeAction = formAction({
  role: "ADMIN",
  values: readBadgeValues,
  input: (values) => ({ code: values.code, ...badgeInputOf(values) }),
  schema: createBadgeInput,
  fieldOf: badgeFieldOf,
  run: async (input, { user }): Promise<FormState> => {
    const badge = await createBadge(user, input);
    refresh();
    return { status: "success", message: `Badge ${badge.code} (“${badge.name}”) created.` };
  },
});

/** Saves an edited badge; its code stays. */
export const updateBadgeAction = formAction({
  role: "ADMIN",
  values: readBadgeValues,
  input: badgeInputOf,
  schema: updateBadgeInput,
  fieldOf: badgeFieldOf,
  onlyChanged: true,
  run: async (input, { user }, [code]: [string]): Promise<FormState> => {
    if (Object.keys(input).length === 0) {
      return { status: "success", message: "Nothing to save: no field was changed." };
    }
    await updateBadge(user, code, input);
    refresh();
    return { status: "success", message: "Changes saved." };
  },
});

/** The badge form's text: its fields and whichever criteria inputs the editor showed. */
function readBadgeValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {
    code: formText(formData, "code"),
    name: formText(formData, "name"),
    description: formText(formData, "description"),
    iconUrl: formText(formData, "iconUrl"),
    criteriaKind: formText(formData, "criteriaKind"),
  };
  for (const input of Object.values(CRITERIA_INPUTS)) {
    if (formData.has(input)) values[input] = formText(formData, input);
  }
  return values;
}

/**
 * The form's text as the badge input: the criteria object is built from the criteria
 * inputs the editor showed for the chosen kind (the schema then judges it).
 */
function badgeInputOf(values: Record<string, string>) {
  const criteria: Record<string, unknown> = { kind: values.criteriaKind };
  const numberErrors: Record<string, ErrorKey> = {};
  for (const [field, input] of Object.entries(CRITERIA_INPUTS) as [CriteriaField, string][]) {
    const text = values[input];
    if (text === undefined) continue;
    if (field === "activity") {
      criteria.activity = text;
      continue;
    }
    const number = parseWholeNumber(text);
    if (number === undefined || Number.isNaN(number))
      numberErrors[input] = "errors.validation.wholeNumber";
    else criteria[field] = number;
  }
  if (Object.keys(numberErrors).length > 0) throw invalidFields(numberErrors);
  return {
    name: values.name,
    description: values.description,
    iconUrl: values.iconUrl,
    criteria,
  };
}

/** Errors inside the criteria land on the editor's own inputs ("criteria.min" → criteriaMin). */
function badgeFieldOf(path: string): string {
  const [first = path, second] = path.split(".");
  if (first !== "criteria") return first;
  return CRITERIA_INPUTS[second as CriteriaField] ?? "criteriaKind";
}
