"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { endSession } from "@/server/auth/end-session";
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
import { formText } from "@/ui/forms/form-data";
import { formErrorState } from "@/ui/forms/form-error-state";
import type { FormState } from "@/ui/forms/form-state";
import { safeNextPath } from "@/server/http/safe-next-path";

export async function signUp(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { name: formText(formData, "name"), email: formText(formData, "email") };
  let token: string;
  try {
    requireLocalAuth();
    const input = signUpInput.parse({ ...values, password: formText(formData, "password") });
    ({ token } = await signUpWithPassword(input, clientIp(new Headers(await headers()))));
  } catch (error) {
    return formErrorState(error, values);
  }
  await setCookie(sessionCookie(token));
  redirect(safeNextPath(formData.get("next")));
}

export async function signIn(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { email: formText(formData, "email") };
  const password = formText(formData, "password");
  let token: string;
  try {
    requireLocalAuth();
    const input = signInInput.parse({ ...values, password });
    ({ token } = await signInWithPassword(input, clientIp(new Headers(await headers()))));
  } catch (error) {
    return formErrorState(error, values);
  }
  await setCookie(sessionCookie(token));
  redirect(safeNextPath(formData.get("next")));
}

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
