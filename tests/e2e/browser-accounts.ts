import {
  expect,
  test,
  type Browser,
  type BrowserContext,
  type ViewportSize,
} from "@playwright/test";
import { linkIn, waitForMail } from "./mail-spool";

export interface Account {
  name: string;
  email: string;
  password: string;
}

export interface SignedUp {
  context: BrowserContext;
  user: { id: string; handle: string; name: string; email: string; role: string };
}

/** Where the server under test runs: the mailed links start with it (APP_URL = baseURL). */
export function appUrl(): string {
  return test.info().project.use.baseURL!;
}

/** The subject of the English verification mail (src/server/mail/templates/verify-email.ts). */
const VERIFY_SUBJECT = /^Confirm your email address/;

/**
 * Confirms the context's signed-in account the way a person does (docs/product.md §2): the
 * verification mail sent at sign-up arrives at the test SMTP listener, its link opens
 * /verify-email, and the "Confirm my email" button spends it. Returns the account as
 * GET /api/me sees it afterwards, so an ADMIN_EMAILS address now reads SUPERADMIN. An
 * account that is already verified (signed up by an earlier spec) is returned as it is.
 */
export async function verifyEmailThroughMail(
  context: BrowserContext,
  email: string,
): Promise<SignedUp["user"] & { emailVerified: boolean }> {
  const me = async () => {
    const response = await context.request.get("/api/me");
    expect(response.ok(), await response.text()).toBe(true);
    return (await response.json()) as SignedUp["user"] & { emailVerified: boolean };
  };
  const before = await me();
  if (before.emailVerified) return before;

  const mail = await waitForMail(email, { where: (m) => VERIFY_SUBJECT.test(m.subject) });
  const page = await context.newPage();
  await page.goto(linkIn(mail, `${appUrl()}/verify-email?token=`));
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Your email address is confirmed",
  );
  await page.close();
  const after = await me();
  expect(after.emailVerified).toBe(true);
  return after;
}

/**
 * Signs up through the JSON API in a browser context of its own, signing in instead when
 * the account exists from an earlier run, so the context carries the session cookie. With
 * `verify`, the email is then confirmed through the mailed link (verifyEmailThroughMail):
 * what needs a verified address, such as ADMIN_EMAILS making an admin, holds after that.
 */
export async function signUpInBrowser(
  browser: Browser,
  who: Account,
  options: { verify?: boolean; viewport?: ViewportSize } = {},
): Promise<SignedUp> {
  const context = await browser.newContext(options.viewport ? { viewport: options.viewport } : {});
  let response = await context.request.post("/api/auth/sign-up", { data: who });
  if (response.status() === 409) {
    response = await context.request.post("/api/auth/sign-in", {
      data: { email: who.email, password: who.password },
    });
  }
  expect(response.ok(), await response.text()).toBe(true);
  const { user } = (await response.json()) as { user: SignedUp["user"] };
  if (!options.verify) return { context, user };
  const { id, handle, name, email, role } = await verifyEmailThroughMail(context, who.email);
  return { context, user: { id, handle, name, email, role } };
}
