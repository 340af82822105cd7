import { expect, type Browser, type BrowserContext } from "@playwright/test";

export interface Account {
  name: string;
  email: string;
  password: string;
}

export interface SignedUp {
  context: BrowserContext;
  user: { id: string; handle: string; name: string; email: string; role: string };
}

/**
 * Signs up through the JSON API in a browser context of its own, signing in instead when
 * the account exists from an earlier run, so the context carries the session cookie.
 */
export async function signUpInBrowser(browser: Browser, who: Account): Promise<SignedUp> {
  const context = await browser.newContext();
  let response = await context.request.post("/api/auth/sign-up", { data: who });
  if (response.status() === 409) {
    response = await context.request.post("/api/auth/sign-in", {
      data: { email: who.email, password: who.password },
    });
  }
  expect(response.ok(), await response.text()).toBe(true);
  const { user } = (await response.json()) as { user: SignedUp["user"] };
  return { context, user };
}
