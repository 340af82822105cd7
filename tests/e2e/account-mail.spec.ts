import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { appUrl } from "./browser-accounts";
import { linkIn, waitForMail } from "./mail-spool";

/**
 * The account mails end to end on a 375 px phone (docs/product.md §2): the verification
 * link from the sign-up mail confirms the address and the banner goes; "Forgot your
 * password?" mails a reset link that sets a new password, ends every session and works
 * once. The mail travels through real SMTP to the listener of global-setup.ts.
 */

const PHONE = { width: 375, height: 812 };
const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const who = {
  name: `Mail Educator ${id}`,
  email: `mail-educator-${id}@example.test`,
  password: "a long enough passphrase",
};
const NEW_PASSWORD = "another long passphrase";

test.use({ viewport: PHONE });

async function expectPhoneFriendly(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(PHONE.width);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations).toEqual([]);
}

test("verify the email from its mail, then reset the password from the reset mail", async ({
  page,
  browser,
}) => {
  await page.goto("/sign-up");
  await page.getByLabel("Name", { exact: true }).fill(who.name);
  await page.getByLabel("Email", { exact: true }).fill(who.email);
  await page.getByLabel("Password", { exact: true }).fill(who.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hello, ${who.name}`);

  const banner = page.getByRole("complementary", { name: "Email confirmation" });
  await expect(banner).toContainText("Please confirm your email address.");
  await expect(banner).toContainText(who.email);
  await expectPhoneFriendly(page);
  let me = await page.request.get("/api/me");
  expect(await me.json()).toMatchObject({ email: who.email, emailVerified: false });

  const verification = await waitForMail(who.email, {
    where: (mail) => mail.subject.startsWith("Confirm your email address"),
  });
  await page.goto(linkIn(verification, `${appUrl()}/verify-email?token=`));
  // Opening the link changes nothing (a mail scanner may fetch it): the button does.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm your email");
  me = await page.request.get("/api/me");
  expect(await me.json()).toMatchObject({ emailVerified: false });
  await expectPhoneFriendly(page);
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Your email address is confirmed",
  );
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hello, ${who.name}`);
  await expect(banner).toHaveCount(0);
  me = await page.request.get("/api/me");
  expect(await me.json()).toMatchObject({ emailVerified: true });

  // Another device stays signed in until the reset ends every session.
  const elsewhere = await browser.newContext();
  const signedIn = await elsewhere.request.post("/api/auth/sign-in", {
    data: { email: who.email, password: who.password },
  });
  expect(signedIn.ok(), await signedIn.text()).toBe(true);
  expect((await elsewhere.request.get("/api/me")).status()).toBe(200);

  await page.locator("summary", { hasText: "Account menu for" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Forgot your password?");
  await page.getByLabel("Email", { exact: true }).fill(who.email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "a link to choose" })).toContainText(
    `If an account uses ${who.email}, a link to choose a new password is on its way.`,
  );
  await expectPhoneFriendly(page);

  const reset = await waitForMail(who.email, {
    where: (mail) => mail.subject.startsWith("Reset your"),
  });
  const resetLink = linkIn(reset, `${appUrl()}/reset-password?token=`);
  await page.goto(resetLink);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose a new password");
  await expectPhoneFriendly(page);
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page).toHaveURL(/\/sign-in\?reset=done$/);
  await expect(
    page.getByText(
      "Your password is changed and every session has ended. Sign in with the new password.",
    ),
  ).toBeVisible();

  // The other device's session ended with the reset.
  expect((await elsewhere.request.get("/api/me")).status()).toBe(401);
  await elsewhere.close();

  // The old password no longer opens the account.
  await page.getByLabel("Email", { exact: true }).fill(who.email);
  await page.getByLabel("Password", { exact: true }).fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // The page's own alert, not Next.js's route announcer (also role=alert).
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "Email or password is incorrect.",
  );
  await expect(page).toHaveURL(/\/sign-in/);
  expect((await page.request.get("/api/me")).status()).toBe(401);

  // The new one does.
  await page.getByLabel("Password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hello, ${who.name}`);
  expect(await (await page.request.get("/api/me")).json()).toMatchObject({ email: who.email });

  // The reset link worked once: opened again, it is refused and says why.
  await page.goto(resetLink);
  await page.getByLabel("New password", { exact: true }).fill("yet another passphrase");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "This link has already been used.",
  );
  await expectPhoneFriendly(page);
  const reused = await page.request.post("/api/auth/password-reset/confirm", {
    data: { token: new URL(resetLink).searchParams.get("token"), password: "yet another one!!" },
  });
  expect(reused.status()).toBe(422);
  expect(await reused.json()).toMatchObject({ error: { details: { reason: "used" } } });
  // Still the new password, not the refused one.
  const check = await browser.newContext();
  const withNew = await check.request.post("/api/auth/sign-in", {
    data: { email: who.email, password: NEW_PASSWORD },
  });
  expect(withNew.ok()).toBe(true);
  await check.close();
});
