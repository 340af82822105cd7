import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

/**
 * Privacy in settings on a 375 px phone (docs/product.md §8): the public-pages switch, the
 * data download and account deletion, each checked with axe and for sideways scrolling.
 */
const PHONE = { width: 375, height: 812 };
const PASSWORD = "a long enough passphrase";
const run = Date.now().toString(36);

async function expectAccessibleOnPhone(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations).toEqual([]);
  const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(fits).toBe(true);
}

test.describe.configure({ mode: "serial" });

test("the home page's stories and FAQ on a phone", async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Stories from the classroom" })).toBeVisible();
  const question = page.getByText("Can I stay off the public pages?");
  await question.click();
  await expect(page.getByText(/Turn off “Show me on public pages”/)).toBeVisible();
  await expectAccessibleOnPhone(page);
  await context.close();
});

test("switch, download my data and delete the account on a phone", async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE });
  const who = { name: "Priya Privat", email: `privacy-${run}@example.test`, password: PASSWORD };
  const signUp = await context.request.post("/api/auth/sign-up", { data: who });
  expect(signUp.status(), await signUp.text()).toBe(201);
  const { user } = (await signUp.json()) as { user: { handle: string; email: string } };
  const page = await context.newPage();

  await page.goto("/settings/profile");
  const toggle = page.getByRole("switch", { name: "Show me on public pages" });
  await expect(toggle).toBeChecked();
  await expectAccessibleOnPhone(page);

  // Off: the profile is gone at once.
  await toggle.uncheck();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("You are hidden from the public pages.")).toBeVisible();
  await expect(toggle).not.toBeChecked();
  expect((await context.request.get(`/api/profiles/${user.handle}`)).status()).toBe(404);
  const hiddenPage = await context.newPage();
  expect((await hiddenPage.goto(`/u/${user.handle}`))?.status()).toBe(404);
  await hiddenPage.close();

  // Download my data: one JSON file with the person's own profile.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download my data" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^leaps-data-.*\.json$/);
  const data = JSON.parse(await readFile((await download.path())!, "utf8"));
  expect(data.profile.email).toBe(user.email);
  expect(data.settings.publicProfile).toBe(false);

  // Delete: a wrong password is refused in place, the right one signs out.
  const password = page.getByLabel("Your current password");
  await password.fill("not the password");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("That is not your current password.").first()).toBeVisible();
  await expectAccessibleOnPhone(page);
  await password.fill(PASSWORD);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByRole("heading", { name: "Your account is deleted" })).toBeVisible();
  await expectAccessibleOnPhone(page);
  expect((await context.request.get("/api/me")).status()).toBe(401);
  await context.close();
});
