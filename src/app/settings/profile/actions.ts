"use server";

import { refresh } from "next/cache";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/server/forms/form-action";
import { formText } from "@/server/forms/form-data";
import type { FormState } from "@/server/forms/form-state";
import { profileInput, updateOwnProfile } from "@/server/users/update-own-profile";

export const saveProfile = formAction({
  role: "PARTICIPANT",
  values: (formData) => ({
    name: formText(formData, "name"),
    handle: formText(formData, "handle"),
    school: formText(formData, "school"),
    avatarUrl: formText(formData, "avatarUrl"),
  }),
  schema: profileInput,
  onlyChanged: true,
  run: async (input, { user }): Promise<FormState> => {
    const saved = await updateOwnProfile(user, input);
    // The header shows the name too: re-render the page around the form.
    refresh();
    const t = await getTranslations("settings.profile");
    return {
      status: "success",
      message: t("saved"),
      values: {
        name: saved.name,
        handle: saved.handle,
        school: saved.school ?? "",
        avatarUrl: saved.avatarUrl ?? "",
      },
    };
  },
});
