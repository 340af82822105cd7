import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const activityNames = ["Learn", "Explore", "Amplify", "Present", "Shine"];

test("home page shows the five LEAPS activities and the primary nav", async ({ page }) => {
  await page.goto("/");

  await expect(page).toHaveTitle("LEAPS Tracker");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const activities = page.getByRole("region", { name: "The five LEAPS" });
  for (const name of activityNames) {
    await expect(activities.getByRole("heading", { level: 3, name })).toBeVisible();
  }

  const nav = page.getByRole("navigation", { name: "Primary" });
  for (const label of ["Home", "Leaderboard", "Metrics", "Dashboard"]) {
    await expect(nav.getByRole("link", { name: label })).toBeVisible();
  }
  await expect(nav.getByRole("link", { name: "Home" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Leaderboard" })).not.toHaveAttribute("aria-current");

  await expect(page.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/sign-in");
  await expect(page.getByRole("link", { name: "Join", exact: true })).toHaveAttribute(
    "href",
    "/sign-up",
  );
});

test("the first Tab reaches the skip link, which moves focus to the main content", async ({
  page,
}) => {
  await page.goto("/");

  await page.keyboard.press("Tab");
  const skipLink = page.getByRole("link", { name: "Skip to main content" });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeVisible();

  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});

test.describe("on a phone-sized screen", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the primary nav sits behind a menu disclosure that opens", async ({ page }) => {
    await page.goto("/");

    const menu = page.locator("summary", { hasText: /^Menu$/ });
    await expect(menu).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Primary" });
    await expect(nav.getByRole("link", { name: "Leaderboard" })).toBeHidden();

    await menu.click();
    await expect(nav.getByRole("link", { name: "Leaderboard" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Home" })).toHaveAttribute("aria-current", "page");
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(results.violations).toEqual([]);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the menu still opens", async ({ page }) => {
      await page.goto("/");

      await page.locator("summary", { hasText: /^Menu$/ }).click();
      const nav = page.getByRole("navigation", { name: "Primary" });
      await expect(nav.getByRole("link", { name: "Dashboard" })).toBeVisible();
    });
  });
});

test("an unknown path answers 404 with the friendly not-found page", async ({ page }) => {
  const response = await page.goto("/this-page-does-not-exist");

  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();
  await expect(page).toHaveTitle("Page not found · LEAPS Tracker");
  await expect(page.getByRole("link", { name: "Go to the home page" })).toBeVisible();
});

test("the home page has no WCAG 2 A/AA accessibility violations", async ({ page }) => {
  await page.goto("/");

  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();

  expect(results.violations).toEqual([]);
});

test("GET /api/health reports the app and its database as ok", async ({ request }) => {
  const response = await request.get("/api/health");

  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(await response.json()).toEqual({ status: "ok", database: "ok" });
});
