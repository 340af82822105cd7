"use server";

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
    return {
      status: "success",
      message: input.on
        ? "Programme emails are on."
        : "Programme emails are off. Account emails (such as password resets) still come.",
      values: { programmeEmails: input.on ? "on" : "" },
    };
  },
});
