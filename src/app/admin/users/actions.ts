"use server";

import { refresh } from "next/cache";
import { requireRole } from "@/server/auth/guards";
import { assignCohort, assignCohortInput } from "@/server/users/assign-cohort";
import { adminUserInput, updateUserAsAdmin } from "@/server/users/update-user-as-admin";
import { formText } from "@/ui/forms/form-data";
import { formErrorState } from "@/ui/forms/form-error-state";
import type { FormState } from "@/ui/forms/form-state";

/** Bulk cohort assignment for the users ticked in the table. */
export async function assignCohortToSelected(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = { cohort: formText(formData, "cohort") };
  try {
    const actor = await requireRole("ADMIN");
    const userIds = formData.getAll("userIds").filter((id) => typeof id === "string");
    const input = assignCohortInput.parse({ userIds, cohort: values.cohort });
    const result = await assignCohort(actor, input);
    refresh();
    return { status: "success", message: cohortResultMessage(input.cohort, result) };
  } catch (error) {
    const state = formErrorState(error, values);
    // Nothing ticked is the one mistake here, and it has no field to point at.
    return state.fieldErrors?.userIds ? { ...state, message: state.fieldErrors.userIds } : state;
  }
}

/** The admin's edit of one user (role, cohort, school, handle, Kajabi contact id). */
export async function updateUser(
  userId: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = {
    // A disabled role select sends nothing: the role is then left alone.
    ...(formData.has("role") && { role: formText(formData, "role") }),
    cohort: formText(formData, "cohort"),
    school: formText(formData, "school"),
    handle: formText(formData, "handle"),
    kajabiContactId: formText(formData, "kajabiContactId"),
  };
  try {
    const actor = await requireRole("ADMIN");
    await updateUserAsAdmin(actor, userId, adminUserInput.parse(values));
    refresh();
    return { status: "success", message: "Changes saved." };
  } catch (error) {
    return formErrorState(error, values);
  }
}

function cohortResultMessage(
  cohort: string | null,
  result: { updated: string[]; unchanged: string[]; notFound: string[] },
): string {
  const users = (n: number) => `${n} ${n === 1 ? "user" : "users"}`;
  const parts = [
    cohort === null
      ? `Cohort removed from ${users(result.updated.length)}.`
      : `Cohort “${cohort}” assigned to ${users(result.updated.length)}.`,
  ];
  if (result.unchanged.length > 0) {
    parts.push(`${users(result.unchanged.length)} already had it.`);
  }
  if (result.notFound.length > 0) {
    parts.push(`${users(result.notFound.length)} no longer exist.`);
  }
  return parts.join(" ");
}
