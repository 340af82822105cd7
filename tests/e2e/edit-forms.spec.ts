import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { signUpInBrowser, type Account } from "./browser-accounts";

/**
 * Edit forms show what is saved after a save, and a later save changes only what the
 * admin changed: a role change survives the next edit of another field (issue 10 item 1).
 * Its admin is made SUPERADMIN by ADMIN_EMAILS (playwright.config.ts).
 */

// SHOTS_DIR, when set, is where the screenshots of the saved page go.
const PASSWORD = "a long enough passphrase";
const ADMIN = { name: "E2E Admin", email: "e2e-admin@example.test", password: PASSWORD };

async function signUp(
  browser: Browser,
  who: Account,
): Promise<{ context: BrowserContext; id: string }> {
  // The admin's role needs its email verified (ADMIN_EMAILS, docs/product.md §2).
  const { context, user } = await signUpInBrowser(browser, who, { verify: who === ADMIN });
  return { context, id: user.id };
}

function educator() {
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  return { name: `Edited ${id}`, email: `edited-${id}@example.test`, password: PASSWORD };
}

test("a role change stays in the form and survives the next save", async ({ browser }) => {
  const admin = await signUp(browser, ADMIN);
  const target = await signUp(browser, educator());
  const page = await admin.context.newPage();
  await page.goto(`/admin/users/${target.id}`);

  const role = page.getByLabel("Role");
  await expect(role).toHaveValue("PARTICIPANT");
  await role.selectOption("REVIEWER");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Changes saved." })).toBeVisible();
  const details = page.getByRole("region", { name: "Details" }).locator("dl");
  await expect(details).toContainText("Reviewer");
  await expect(role).toHaveValue("REVIEWER");

  await page.getByLabel("Cohort").fill("Batch 7");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(details).toContainText("Batch 7");
  await expect(details).toContainText("Reviewer");
  await expect(role).toHaveValue("REVIEWER");
  await expect(page.getByLabel("Cohort")).toHaveValue("Batch 7");
  if (process.env.SHOTS_DIR) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({
      path: `${process.env.SHOTS_DIR}/user-saved-desktop.png`,
      fullPage: true,
    });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole("heading", { name: "Edit", exact: true }).scrollIntoViewIfNeeded();
    await page.screenshot({
      path: `${process.env.SHOTS_DIR}/user-saved-phone.png`,
      fullPage: true,
    });
  }

  const saved = await admin.context.request.get(`/api/admin/users/${target.id}`);
  const { user } = (await saved.json()) as { user: { role: string; cohort: string } };
  expect(user).toMatchObject({ role: "REVIEWER", cohort: "Batch 7" });

  await admin.context.close();
  await target.context.close();
});

test("a form opened before another admin's change does not undo it", async ({ browser }) => {
  const admin = await signUp(browser, ADMIN);
  const target = await signUp(browser, educator());
  const stale = await admin.context.newPage();
  await stale.goto(`/admin/users/${target.id}`);

  const other = await admin.context.request.patch(`/api/admin/users/${target.id}`, {
    data: { role: "REVIEWER" },
  });
  expect(other.ok(), await other.text()).toBe(true);

  await stale.getByLabel("School").fill("Sekolah Dasar 1");
  await stale.getByRole("button", { name: "Save changes" }).click();
  await expect(stale.getByRole("region", { name: "Details" }).locator("dl")).toContainText(
    "Sekolah Dasar 1",
  );
  await expect(stale.getByRole("region", { name: "Details" }).locator("dl")).toContainText(
    "Reviewer",
  );
  await expect(stale.getByLabel("Role")).toHaveValue("REVIEWER");

  await admin.context.close();
  await target.context.close();
});
