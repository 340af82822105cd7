"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { refresh } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { clearedSessionCookie } from "@/server/auth/session-cookie";
import { formAction } from "@/server/forms/form-action";
import { formText } from "@/server/forms/form-data";
import type { FormState } from "@/server/forms/form-state";
import {
  confirmAccountDeletion,
  confirmDeletionInput,
} from "@/server/privacy/confirm-account-deletion";
import { deleteAccountInput, deleteOwnAccount } from "@/server/privacy/delete-own-account";
import { setPublicProfile } from "@/server/privacy/set-public-profile";

/** The public-pages switch (docs/product.md §8): an unticked checkbox sends nothing, meaning off. */
export const savePublicProfile = formAction({
  role: "PARTICIPANT",
  input: (_values, formData) => ({ publicProfile: formData.get("publicProfile") === "on" }),
  schema: z.object({ publicProfile: z.boolean() }),
  run: async (input, { user }): Promise<FormState> => {
    const shown = await setPublicProfile(user, input.publicProfile);
    refresh();
    const t = await getTranslations("settings.privacy");
    return { status: "success", message: shown ? t("shown") : t("hidden") };
  },
});

/** Local mode: the password confirms and the account is erased; Clerk mode: a link is mailed. */
export const deleteAccount = formAction({
  role: "PARTICIPANT",
  input: (_values, formData) => {
    const password = formText(formData, "password");
    return password ? { password } : {};
  },
  schema: deleteAccountInput,
  run: async (input, { user }): Promise<FormState> => {
    const outcome = await deleteOwnAccount(user, input);
    if (outcome.status === "mailed") {
      const t = await getTranslations("settings.deletion");
      return { status: "success", message: t("mailed", { email: user.email }) };
    }
    await signedOut();
    redirect("/account-deleted");
  },
});

/** The mailed link's page (Clerk mode): the button, not the link itself, deletes. */
export const confirmDeletion = formAction({
  role: null,
  input: (_values, formData) => ({ token: formText(formData, "token") }),
  schema: confirmDeletionInput,
  run: async (input): Promise<FormState> => {
    await confirmAccountDeletion(input.token);
    await signedOut();
    redirect("/account-deleted");
  },
});

async function signedOut(): Promise<void> {
  const { name, value, ...options } = clearedSessionCookie();
  (await cookies()).set(name, value, options);
}
