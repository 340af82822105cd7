"use server";

import { refresh } from "next/cache";
import { getTranslations } from "next-intl/server";
import { activityEditFields } from "@/server/activities/activity-edit-input";
import { updateActivity } from "@/server/activities/update-activity";
import { formAction } from "@/server/forms/form-action";
import { formText } from "@/server/forms/form-data";
import type { FormState } from "@/server/forms/form-state";
import { invalidFields } from "@/server/forms/invalid-fields";
import { parseWholeNumber } from "@/ui/forms/parse-whole-number";

/** Saves one activity's default points and description, only what was changed. */
export const updateActivityAction = formAction({
  role: "ADMIN",
  values: (formData) => ({
    defaultPoints: formText(formData, "defaultPoints"),
    description: formText(formData, "description"),
  }),
  input: (values) => {
    const points = parseWholeNumber(values.defaultPoints);
    if (points === undefined || Number.isNaN(points)) {
      throw invalidFields({ defaultPoints: "errors.validation.wholePoints" });
    }
    return { defaultPoints: points, description: values.description };
  },
  schema: activityEditFields,
  onlyChanged: true,
  run: async (input, { user }, [code]: [string]): Promise<FormState> => {
    const t = await getTranslations("adminActivities");
    if (Object.keys(input).length === 0) {
      return { status: "success", message: t("saved.nothing") };
    }
    const activity = await updateActivity(user, code, input);
    refresh();
    return {
      status: "success",
      message: t("saved.done", { activity: activity.name, points: activity.defaultPoints }),
    };
  },
});
