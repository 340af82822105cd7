"use server";

import { getTranslations } from "next-intl/server";
import { refresh } from "next/cache";
import { assignCohort, assignCohortInput } from "@/server/users/assign-cohort";
import { updateUserAndCreditKajabi } from "@/server/kajabi/update-user-and-credit-kajabi";
import { adminUserInput } from "@/server/users/admin-user-input";
import { changeRoles } from "@/server/users/change-roles";
import { changeRolesInput } from "@/server/users/preview-role-changes";
import { formAction } from "@/server/forms/form-action";
import { formText } from "@/server/forms/form-data";
import type { FormState } from "@/server/forms/form-state";
import { withTranslator } from "../with-translator";

/** The form messages of the user actions, in the language of the page that sent them. */
const translator = async () => getTranslations("users.actions");
type Translator = Awaited<ReturnType<typeof translator>>;

/** Bulk cohort assignment for the users ticked in the table. */
export const assignCohortToSelected = withTranslator(translator, (t) =>
  formAction({
    role: "ADMIN",
    values: (formData) => ({ cohort: formText(formData, "cohort") }),
    input: (values, formData) => ({
      userIds: formData.getAll("userIds").filter((id) => typeof id === "string"),
      cohort: values.cohort,
    }),
    schema: assignCohortInput,
    // Nothing ticked is the one mistake here, and it has no field to point at.
    bannerField: "userIds",
    run: async (input, { user }): Promise<FormState> => {
      const result = await assignCohort(user, input);
      refresh();
      return { status: "success", message: cohortResultMessage(t, input.cohort, result) };
    },
  }),
);

/** The confirmed bulk role change: all the previewed users, or none. */
export const changeSelectedRoles = withTranslator(translator, (t) =>
  formAction({
    role: "ADMIN",
    input: (_values, formData) => ({
      userIds: formData.getAll("userIds").filter((id) => typeof id === "string"),
      role: formData.get("role"),
    }),
    schema: changeRolesInput,
    bannerField: "userIds",
    run: async (input, { user }): Promise<FormState> => {
      const result = await changeRoles(user, input);
      refresh();
      return {
        status: "success",
        message: t("rolesChanged", { count: result.updated.length }),
      };
    },
  }),
);

/** The admin's edit of one user (role, cohort, school, handle, Kajabi contact id). */
export const updateUser = withTranslator(translator, (t) =>
  formAction({
    role: "ADMIN",
    values: (formData) => ({
      // A disabled role select sends nothing: the role is then left alone.
      ...(formData.has("role") && { role: formText(formData, "role") }),
      cohort: formText(formData, "cohort"),
      school: formText(formData, "school"),
      handle: formText(formData, "handle"),
      kajabiContactId: formText(formData, "kajabiContactId"),
    }),
    schema: adminUserInput,
    onlyChanged: true,
    run: async (input, { user, original }, [userId]: [string]): Promise<FormState> => {
      if (Object.keys(input).length === 0) {
        return { status: "success", message: t("nothingToSave") };
      }
      // What the form showed for the changed fields: refused if someone changed them since.
      await updateUserAndCreditKajabi(user, userId, { ...input, expected: original });
      refresh();
      return { status: "success", message: t("saved") };
    },
  }),
);

function cohortResultMessage(
  t: Translator,
  cohort: string | null,
  result: { updated: string[]; unchanged: string[]; notFound: string[] },
): string {
  const count = result.updated.length;
  const parts = [
    cohort === null ? t("cohortRemoved", { count }) : t("cohortAssigned", { cohort, count }),
  ];
  if (result.unchanged.length > 0) {
    parts.push(t("alreadyHadIt", { count: result.unchanged.length }));
  }
  if (result.notFound.length > 0) {
    parts.push(t("noLongerExist", { count: result.notFound.length }));
  }
  return parts.join(" ");
}
