"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
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
import { formText } from "@/ui/forms/form-data";
import { formErrorState } from "@/ui/forms/form-error-state";
import type { FormState } from "@/ui/forms/form-state";
import { safeNextPath } from "./safe-next-path";

export async function signUp(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { name: formText(formData, "name"), email: formText(formData, "email") };
  let token: string;
  try {
    requireLocalAuth();
    const input = signUpInput.parse({ ...values, password: formText(formData, "password") });
    ({ token } = await signUpWithPassword(input));
  } catch (error) {
    return formErrorState(error, values);
  }
  await setCookie(sessionCookie(token, await requestOrigin()));
  redirect(safeNextPath(formData.get("next")));
}

export async function signIn(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { email: formText(formData, "email") };
  const password = formText(formData, "password");
  let signedIn: Awaited<ReturnType<typeof signInWithPassword>>;
  try {
    requireLocalAuth();
    const input = signInInput.parse({ ...values, password });
    signedIn = await signInWithPassword(input, clientIp(new Headers(await headers())));
  } catch (error) {
    return formErrorState(error, values);
  }
  await setCookie(sessionCookie(signedIn.token, await requestOrigin()));
  const next = formData.get("next");
  redirect(next ? safeNextPath(next) : homePathForRole(signedIn.user.role));
}

/** Ends the session in the database (a copied cookie stops working too), then forgets it. */
export async function signOut(): Promise<void> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (token) await endSession(token);
  await setCookie(clearedSessionCookie(await requestOrigin()));
  redirect("/");
}

async function setCookie({ name, value, ...options }: CookieSpec): Promise<void> {
  (await cookies()).set(name, value, options);
}

/** The origin the browser used, for the cookie's Secure flag (plain-http localhost stays usable). */
async function requestOrigin(): Promise<string> {
  const requestHeaders = await headers();
  const protocol = requestHeaders.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  return `${protocol}://${requestHeaders.get("host") ?? "localhost"}`;
}
