"use server";

import { refresh } from "next/cache";
import { getTranslations } from "next-intl/server";
import { formLocale } from "@/server/forms/form-locale";
import { createBadgeInput, updateBadgeInput } from "@/server/badges/badge-inputs";
import { createBadge } from "@/server/badges/create-badge";
import { updateBadge } from "@/server/badges/update-badge";
import { formAction } from "@/server/forms/form-action";
import { formText } from "@/server/forms/form-data";
import { formErrorState } from "@/server/forms/form-error-state";
import type { FormState } from "@/server/forms/form-state";
import { invalidFields } from "@/server/forms/invalid-fields";
import { parseWholeNumber } from "@/ui/forms/parse-whole-number";
import { CRITERIA_INPUTS, type CriteriaField } from "./criteria-kinds";

/** Creates a badge from the form: code, texts and the criteria editor's fields. */
export const createBadgeAction = refusingNonWholeNumbers(
  formAction({
    role: "ADMIN",
    values: readBadgeValues,
    input: (values) => ({ code: values.code, ...badgeInputOf(values) }),
    schema: createBadgeInput,
    fieldOf: badgeFieldOf,
    run: async (input, { user }): Promise<FormState> => {
      const badge = await createBadge(user, input);
      refresh();
      const t = await getTranslations("badgesAdmin.actions");
      return { status: "success", message: t("created", { code: badge.code, name: badge.name }) };
    },
  }),
);

/** Saves an edited badge; its code stays. */
export const updateBadgeAction = refusingNonWholeNumbers(
  formAction({
    role: "ADMIN",
    values: readBadgeValues,
    input: badgeInputOf,
    schema: updateBadgeInput,
    fieldOf: badgeFieldOf,
    onlyChanged: true,
    run: async (input, { user }, [code]: [string]): Promise<FormState> => {
      const t = await getTranslations("badgesAdmin.actions");
      if (Object.keys(input).length === 0) {
        return { status: "success", message: t("nothingChanged") };
      }
      await updateBadge(user, code, input);
      refresh();
      return { status: "success", message: t("saved") };
    },
  }),
);

/**
 * Says "enter a whole number", in the reader's language, beside each criteria number that
 * is blank or not a whole number, before the form action reads the form (its `input`
 * step cannot wait for the translations).
 */
function refusingNonWholeNumbers<B extends unknown[]>(
  action: (...args: [...B, FormState, FormData]) => Promise<FormState>,
) {
  return async (...args: [...B, FormState, FormData]): Promise<FormState> => {
    const formData = args.at(-1) as FormData;
    const values = readBadgeValues(formData);
    const invalid = Object.entries(CRITERIA_INPUTS)
      .filter(([field, input]) => field !== "activity" && values[input] !== undefined)
      .map(([, input]) => input)
      .filter((input) => !Number.isInteger(parseWholeNumber(values[input]!)));
    if (invalid.length === 0) return action(...args);
    return formErrorState(
      invalidFields(
        Object.fromEntries(
          invalid.map((input) => [input, "errors.validation.wholeNumber" as const]),
        ),
      ),
      values,
      undefined,
      await formLocale(),
    );
  };
}

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
  for (const [field, input] of Object.entries(CRITERIA_INPUTS) as [CriteriaField, string][]) {
    const text = values[input];
    if (text === undefined) continue;
    if (field === "activity") {
      criteria.activity = text;
      continue;
    }
    // refusingNonWholeNumbers answers for a submitted number that is not one; a rendered
    // (original) one that is not (blank: its text, else NaN) simply fails the schema.
    criteria[field] = parseWholeNumber(text) ?? text;
  }
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
