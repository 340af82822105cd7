/**
 * The public badge page (docs/product.md §15): badge, recipient, criteria, a live
 * "Verified" result, the LinkedIn add-to-profile link's parameters, on a phone, with no
 * axe violations.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signUpInBrowser, type Account } from "./browser-accounts";

const PASSWORD = "a long enough passphrase";
const ADMIN: Account = { name: "E2E Admin", email: "e2e-admin@example.test", password: PASSWORD };

test("an earned badge has a verifiable public page with an Add to LinkedIn link", async ({
  browser,
  page,
}) => {
  const admin = await signUpInBrowser(browser, ADMIN, { verify: true });
  const name = `Bea Badge ${Date.now().toString(36)}`;
  const educator = await signUpInBrowser(browser, {
    name,
    email: `badge-${Date.now().toString(36)}@example.test`,
    password: PASSWORD,
  });
  const user = educator.user;
  const award = await admin.context.request.post("/api/admin/badges/CENTURY/award", {
    data: { userId: user.id },
  });
  expect(award.status(), await award.text()).toBe(200);

  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`/u/${user.handle}`);
  await page.getByRole("link", { name: "Century" }).click();
  await expect(page).toHaveURL(/\/badges\/[0-9a-f-]{36}$/);
  const id = page.url().split("/").pop()!;

  await expect(page.getByRole("heading", { level: 1, name: "Century" })).toBeVisible();
  await expect(page.getByTestId("badge-recipient")).toContainText(name);
  await expect(page.getByTestId("verification")).toHaveAttribute("data-result", "verified");
  await expect(page.getByRole("heading", { name: /Verified/ })).toBeVisible();

  const href = await page.getByTestId("linkedin-add").getAttribute("href");
  const linkedIn = new URL(href!);
  expect(linkedIn.origin + linkedIn.pathname).toBe("https://www.linkedin.com/profile/add");
  const year = String(new Date().getUTCFullYear());
  expect(Object.fromEntries(linkedIn.searchParams)).toEqual({
    startTask: "CERTIFICATION_NAME",
    name: "Century",
    organizationName: "LEAPS Tracker",
    issueYear: year,
    issueMonth: String(new Date().getUTCMonth() + 1),
    certUrl: expect.stringMatching(new RegExp(`/badges/${id}$`)),
    certId: id,
  });

  const download = await page.request.get(`/api/credentials/${id}`);
  expect(download.headers()["content-type"]).toMatch(/application\/ld\+json/);
  expect((await download.json()).type).toContain("OpenBadgeCredential");

  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);
});
