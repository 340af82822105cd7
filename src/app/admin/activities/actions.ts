"use server";

import { refresh } from "next/cache";
import { getTranslations } from "next-intl/server";
import {
  ACTIVITY_DESCRIPTION_MAX,
  DEFAULT_POINTS_MAX,
  DEFAULT_POINTS_MIN,
  activityEditFields,
} from "@/server/activities/activity-edit-input";
import { updateActivity } from "@/server/activities/update-activity";
import { formAction } from "@/server/forms/form-action";
import { formText } from "@/server/forms/form-data";
import type { FormState } from "@/server/forms/form-state";
import { invalidFields } from "@/server/forms/invalid-fields";
import { parseWholeNumber } from "@/ui/forms/parse-whole-number";
import { fixedPointsNote } from "./fixed-points-note";

/**
 * Saves one activity's default points and description, only what was changed. The form's
 * own checks run here, in the reader's language, before the schema (whose words are the
 * API's); an action built per request, because `input` cannot wait for a translator.
 */
export async function updateActivityAction(
  code: string,
  previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const [t, fixed] = await Promise.all([
    getTranslations("adminActivities"),
    fixedPointsNote(code.toUpperCase()),
  ]);
  const refuse = (field: string, message: string) =>
    invalidFields({ [field]: message }, t("errors.banner"));
  const action = formAction({
    role: "ADMIN",
    values: (data) => ({
      defaultPoints: formText(data, "defaultPoints"),
      description: formText(data, "description"),
    }),
    input: (values) => {
      const points = parseWholeNumber(values.defaultPoints);
      if (points === undefined || Number.isNaN(points)) {
        throw refuse("defaultPoints", t("errors.wholeNumber"));
      }
      if (points < DEFAULT_POINTS_MIN || points > DEFAULT_POINTS_MAX) {
        throw refuse(
          "defaultPoints",
          t("errors.range", { min: DEFAULT_POINTS_MIN, max: DEFAULT_POINTS_MAX }),
        );
      }
      if (fixed && points !== 0) throw refuse("defaultPoints", fixed);
      if (values.description.trim().length > ACTIVITY_DESCRIPTION_MAX) {
        throw refuse(
          "description",
          t("errors.descriptionTooLong", { max: ACTIVITY_DESCRIPTION_MAX }),
        );
      }
      return { defaultPoints: points, description: values.description };
    },
    schema: activityEditFields,
    onlyChanged: true,
    run: async (input, { user }): Promise<FormState> => {
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
  return action(previous, formData);
}
