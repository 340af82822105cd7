"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { formAction } from "@/server/forms/form-action";
import type { FormState } from "@/server/forms/form-state";
import { saveProgrammeEmails } from "@/server/mail/save-programme-emails";

/** The settings switch for programme notifications; an unticked box sends nothing, so "off". */
export const saveProgrammeEmailsAction = formAction({
  role: "PARTICIPANT",
  input: (_values, formData) => ({ on: formData.get("programmeEmails") === "on" }),
  schema: z.object({ on: z.boolean() }),
  run: async (input, { user }): Promise<FormState> => {
    await saveProgrammeEmails(user, input.on);
    const t = await getTranslations("settings.programmeEmails");
    return {
      status: "success",
      message: input.on ? t("on") : t("off"),
      values: { programmeEmails: input.on ? "on" : "" },
    };
  },
});
