"use server";

import { cookies, headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { changePassword, changePasswordInput } from "@/server/auth/password/change-password";
import { requireLocalAuth } from "@/server/auth/local/require-local-auth";
import { SESSION_COOKIE } from "@/server/auth/session-cookie";
import { formAction } from "@/server/forms/form-action";
import { formText } from "@/server/forms/form-data";
import type { FormState } from "@/server/forms/form-state";
import { clientIp } from "@/server/http/client-ip";

/** Settings' change-password form (src/ui/settings/change-password-section.tsx). */
export const changeOwnPassword = formAction({
  role: "PARTICIPANT",
  input: (_values, formData) => {
    requireLocalAuth();
    return {
      currentPassword: formText(formData, "currentPassword"),
      password: formText(formData, "password"),
    };
  },
  schema: changePasswordInput,
  run: async (input, { user }): Promise<FormState> => {
    await changePassword(user, input, {
      ip: clientIp(new Headers(await headers())),
      sessionToken: (await cookies()).get(SESSION_COOKIE)?.value,
    });
    const t = await getTranslations("settings.password");
    return { status: "success", message: t("changed") };
  },
});
