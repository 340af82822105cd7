"use server";

import { refresh } from "next/cache";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/server/forms/form-action";
import type { FormState } from "@/server/forms/form-state";
import { retryFailedMail } from "@/server/mail/retry-failed-mail";

/** "Send again" on a failed message (the page binds its id); audited. */
export const retryMail = formAction({
  role: "ADMIN",
  run: async (_input, { user }, [id]: [string]): Promise<FormState> => {
    await retryFailedMail(user, id);
    refresh();
    const t = await getTranslations("mailAdmin.retry");
    return { status: "success", message: t("queued") };
  },
});
