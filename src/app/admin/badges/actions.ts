"use server";

import { refresh } from "next/cache";
import { requireRole } from "@/server/auth/guards";
import { createBadgeInput, updateBadgeInput } from "@/server/badges/badge-inputs";
import { createBadge } from "@/server/badges/create-badge";
import { updateBadge } from "@/server/badges/update-badge";
import { formText } from "@/ui/forms/form-data";
import { formErrorState } from "@/ui/forms/form-error-state";
import type { FormState } from "@/ui/forms/form-state";
import { parseWholeNumber } from "@/ui/forms/parse-whole-number";
import { CRITERIA_INPUTS, type CriteriaField } from "./criteria-kinds";

/** Creates a badge from the form: code, texts and the criteria editor's fields. */
export async function createBadgeAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const { values, fields, criteria, numberErrors } = readBadgeForm(formData);
  if (numberErrors) return fieldErrorState(numberErrors, values);
  try {
    const admin = await requireRole("ADMIN");
    const badge = await createBadge(
      admin,
      createBadgeInput.parse({ code: values.code, ...fields, criteria }),
    );
    refresh();
    return { status: "success", message: `Badge ${badge.code} (“${badge.name}”) created.` };
  } catch (error) {
    return formErrorState(error, values, badgeFieldOf);
  }
}

/** Saves an edited badge; its code stays. */
export async function updateBadgeAction(
  code: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const { values, fields, criteria, numberErrors } = readBadgeForm(formData);
  if (numberErrors) return fieldErrorState(numberErrors, values);
  try {
    const admin = await requireRole("ADMIN");
    await updateBadge(admin, code, updateBadgeInput.parse({ ...fields, criteria }));
    refresh();
    return { status: "success", message: "Changes saved." };
  } catch (error) {
    return formErrorState(error, values, badgeFieldOf);
  }
}

/**
 * The form's text as the badge input: the criteria object is built from whichever
 * criteria inputs the editor showed for the chosen kind (the schema then judges it).
 */
function readBadgeForm(formData: FormData) {
  const values: Record<string, string> = {
    code: formText(formData, "code"),
    name: formText(formData, "name"),
    description: formText(formData, "description"),
    iconUrl: formText(formData, "iconUrl"),
    criteriaKind: formText(formData, "criteriaKind"),
  };
  const criteria: Record<string, unknown> = { kind: values.criteriaKind };
  const numberErrors: Record<string, string> = {};
  for (const [field, input] of Object.entries(CRITERIA_INPUTS) as [CriteriaField, string][]) {
    if (!formData.has(input)) continue;
    values[input] = formText(formData, input);
    if (field === "activity") {
      criteria.activity = values[input];
      continue;
    }
    const number = parseWholeNumber(values[input]);
    if (number === undefined || Number.isNaN(number)) numberErrors[input] = "Enter a whole number.";
    else criteria[field] = number;
  }
  return {
    values,
    fields: { name: values.name, description: values.description, iconUrl: values.iconUrl },
    criteria,
    numberErrors: Object.keys(numberErrors).length > 0 ? numberErrors : null,
  };
}

function fieldErrorState(
  fieldErrors: Record<string, string>,
  values: Record<string, string>,
): FormState {
  return { status: "error", message: "Some fields need attention.", fieldErrors, values };
}

/** Errors inside the criteria land on the editor's own inputs ("criteria.min" → criteriaMin). */
function badgeFieldOf(path: string): string {
  const [first = path, second] = path.split(".");
  if (first !== "criteria") return first;
  return CRITERIA_INPUTS[second as CriteriaField] ?? "criteriaKind";
}
