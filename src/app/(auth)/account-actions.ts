"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { intlLocale } from "@/i18n/locales";
import { requestLocale } from "@/i18n/request-locale";
import { requireUser } from "@/server/auth/guards";
import { requireLocalAuth } from "@/server/auth/local/require-local-auth";
import {
  confirmPasswordReset,
  passwordResetConfirmInput,
} from "@/server/auth/password/confirm-password-reset";
import {
  passwordResetInput,
  requestPasswordReset,
} from "@/server/auth/password/request-password-reset";
import { resendVerification } from "@/server/auth/verification/resend-verification";
import { verifyEmail } from "@/server/auth/verification/verify-email";
import { AppError } from "@/server/errors";
import { formAction } from "@/server/forms/form-action";
import { formText } from "@/server/forms/form-data";
import type { FormState } from "@/server/forms/form-state";
import { clientIp } from "@/server/http/client-ip";

/**
 * The verification page's button: spends the link and shows the outcome on the page
 * (a redirect, so it works without JavaScript and the whole page, banner included, is
 * rendered again with the new state).
 */
export async function confirmEmail(formData: FormData): Promise<void> {
  requireLocalAuth();
  const token = formText(formData, "token").slice(0, 200);
  let outcome = "verified";
  try {
    await verifyEmail(token);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const reason = (error.details as { reason?: string } | undefined)?.reason;
    outcome = reason === "used" || reason === "expired" ? reason : "invalid";
  }
  // The layout (its banner) is shared with the page the person came from: render it again.
  if (outcome === "verified") revalidatePath("/", "layout");
  redirect(`/verify-email?outcome=${outcome}`);
}

/** The banner's and the page's "Resend": a new link, or why not, shown on the page. */
export async function resendVerificationLink(): Promise<void> {
  requireLocalAuth();
  const user = await requireUser().catch(() => redirect("/sign-in?next=/verify-email"));
  let outcome = "sent";
  try {
    await resendVerification(user, await requestLocale());
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    outcome = error.code === "CONFLICT" ? "verified" : "too-soon";
  }
  redirect(`/verify-email?outcome=${outcome}`);
}

export const requestResetLink = formAction({
  role: null,
  values: (formData) => ({ email: formText(formData, "email") }),
  input: (values) => {
    requireLocalAuth();
    return values;
  },
  schema: passwordResetInput,
  run: async ({ email }): Promise<FormState> => {
    const locale = await requestLocale();
    await requestPasswordReset(email, clientIp(new Headers(await headers())), locale);
    const t = await getTranslations({
      locale: intlLocale[locale],
      namespace: "auth.forgotPassword",
    });
    return {
      status: "success",
      message: t("sent", { email }),
      values: { email },
    };
  },
});

export const resetPassword = formAction({
  role: null,
  input: (_values, formData) => {
    requireLocalAuth();
    return { token: formText(formData, "token"), password: formText(formData, "password") };
  },
  schema: passwordResetConfirmInput,
  run: async ({ token, password }): Promise<FormState> => {
    await confirmPasswordReset(token, password);
    redirect("/sign-in?reset=done");
  },
});
