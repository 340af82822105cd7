"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { askedLocaleFromHeaders } from "@/i18n/headers-locale";
import { endSession } from "@/server/auth/end-session";
import { homePathForRole } from "@/server/auth/home-path-for-role";
import { requireLocalAuth } from "@/server/auth/local/require-local-auth";
import { signInInput, signInWithPassword } from "@/server/auth/local/sign-in-with-password";
import { signUpInput, signUpWithPassword } from "@/server/auth/local/sign-up-with-password";
import {
  clearedSessionCookie,
  sessionCookie,
  SESSION_COOKIE,
  type CookieSpec,
} from "@/server/auth/session-cookie";
import { clientIp } from "@/server/http/client-ip";
import { formAction } from "@/server/forms/form-action";
import { formText } from "@/server/forms/form-data";
import type { FormState } from "@/server/forms/form-state";
import { safeNextPath } from "@/server/http/safe-next-path";

export const signUp = formAction({
  role: null,
  values: (formData) => ({ name: formText(formData, "name"), email: formText(formData, "email") }),
  input: (values, formData) => {
    requireLocalAuth();
    return { ...values, password: formText(formData, "password") };
  },
  schema: signUpInput,
  run: async (input, { formData }): Promise<FormState> => {
    // The verification mail, and the account's saved language, follow the visitor's.
    const requestHeaders = new Headers(await headers());
    const { token } = await signUpWithPassword(
      input,
      clientIp(requestHeaders),
      askedLocaleFromHeaders(requestHeaders),
    );
    await setCookie(sessionCookie(token));
    redirect(safeNextPath(formData.get("next")));
  },
});

export const signIn = formAction({
  role: null,
  values: (formData) => ({ email: formText(formData, "email") }),
  input: (values, formData) => {
    requireLocalAuth();
    return { ...values, password: formText(formData, "password") };
  },
  schema: signInInput,
  run: async (input, { formData }): Promise<FormState> => {
    const { token, user } = await signInWithPassword(input, clientIp(new Headers(await headers())));
    await setCookie(sessionCookie(token));
    const next = formData.get("next");
    redirect(next ? safeNextPath(next) : homePathForRole(user.role));
  },
});

/** Ends the session in the database (a copied cookie stops working too), then forgets it. */
export async function signOut(): Promise<void> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (token) await endSession(token);
  await setCookie(clearedSessionCookie());
  redirect("/");
}

async function setCookie({ name, value, ...options }: CookieSpec): Promise<void> {
  (await cookies()).set(name, value, options);
}
