import { randomBytes } from "node:crypto";
import { POST as signUpRoute } from "../../src/app/api/auth/sign-up/route";
import { call, cookieFrom } from "./http";

export const PASSWORD = "correct horse battery";

export function uniqueEmail(prefix = "educator"): string {
  return `${prefix}-${randomBytes(4).toString("hex")}@example.test`;
}

/** Signs up through the real endpoint; returns the user and the session cookie. */
export async function signUp(name = "Test Educator", email = uniqueEmail()) {
  const response = await call(signUpRoute, "POST", "/api/auth/sign-up", {
    body: { email, password: PASSWORD, name },
  });
  if (response.status !== 201) throw new Error(`sign-up failed: ${JSON.stringify(response.body)}`);
  return {
    user: response.body.user as { id: string; email: string; handle: string; role: string },
    cookie: cookieFrom(response.headers),
  };
}
