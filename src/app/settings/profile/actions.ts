"use server";

import { refresh } from "next/cache";
import { requireUser } from "@/server/auth/guards";
import { profileInput, updateOwnProfile } from "@/server/users/update-own-profile";
import { formText } from "@/ui/forms/form-data";
import { formErrorState } from "@/ui/forms/form-error-state";
import type { FormState } from "@/ui/forms/form-state";

export async function saveProfile(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = {
    name: formText(formData, "name"),
    handle: formText(formData, "handle"),
    school: formText(formData, "school"),
    avatarUrl: formText(formData, "avatarUrl"),
  };
  try {
    const user = await requireUser();
    const saved = await updateOwnProfile(user, profileInput.parse(values));
    // The header shows the name too: re-render the page around the form.
    refresh();
    return {
      status: "success",
      message: "Your profile is saved.",
      values: {
        name: saved.name,
        handle: saved.handle,
        school: saved.school ?? "",
        avatarUrl: saved.avatarUrl ?? "",
      },
    };
  } catch (error) {
    return formErrorState(error, values);
  }
}
