import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { signUpInBrowser, type Account, type SignedUp } from "./browser-accounts";

/**
 * What a new educator, a reviewer and an admin meet first: staff find their console and land
 * on their work, the footer knows who is signed in, LinkedIn country links are taken, a
 * withdrawn submission's old link explains itself, Learn at its cap says so before the form,
 * and shared links carry a picture. Runs after identity.spec.ts (its admin is made
 * SUPERADMIN by ADMIN_EMAILS).
 */

const run = Date.now().toString(36);
const PASSWORD = "a long enough passphrase";
const ADMIN: Account = { name: "E2E Admin", email: "e2e-admin@example.test", password: PASSWORD };

function account(label: string): Account {
  const id = `${run}-${Math.random().toString(36).slice(2, 6)}`;
  return {
    name: `${label} ${id}`,
    email: `${label.toLowerCase()}-${id}@example.test`,
    password: PASSWORD,
  };
}

async function signInWithForm(page: Page, who: Account): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email", { exact: true }).fill(who.email);
  await page.getByLabel("Password", { exact: true }).fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

const primaryNav = (page: Page) => page.getByRole("navigation", { name: "Primary" });
const footer = (page: Page) => page.getByRole("navigation", { name: "Footer" });

test.describe.serial("first use", () => {
  let admin: SignedUp;
  const reviewer = account("Reviewer");
  const educator = account("Educator");
  let educatorContext: BrowserContext;
  let educatorHandle: string;
  let educatorId: string;

  test.beforeAll(async ({ browser }) => {
    admin = await signUpInBrowser(browser, ADMIN, { verify: true });
    const signedUpReviewer = await signUpInBrowser(browser, reviewer);
    const promoted = await admin.context.request.patch(
      `/api/admin/users/${signedUpReviewer.user.id}`,
      { data: { role: "REVIEWER" } },
    );
    expect(promoted.ok(), await promoted.text()).toBe(true);
    await signedUpReviewer.context.close();
    const signedUpEducator = await signUpInBrowser(browser, educator);
    educatorContext = signedUpEducator.context;
    educatorHandle = signedUpEducator.user.handle;
    educatorId = signedUpEducator.user.id;
  });

  test.afterAll(async () => {
    await Promise.all([admin?.context.close(), educatorContext?.close()]);
  });

  test("a reviewer signs in to the review queue and finds Review in the main navigation", async ({
    page,
  }) => {
    await signInWithForm(page, reviewer);
    await expect(page).toHaveURL(/\/admin\/review$/);
    await expect(primaryNav(page).getByRole("link", { name: "Review" })).toHaveAttribute(
      "href",
      "/admin/review",
    );
    await expect(primaryNav(page).getByRole("link", { name: "Admin" })).toHaveCount(0);
    await expect(footer(page).getByRole("link", { name: "Join the programme" })).toHaveCount(0);
    await expect(footer(page).getByRole("link", { name: "Your dashboard" })).toBeVisible();
  });

  test("an admin signs in to the review queue and finds Admin in the main navigation", async ({
    page,
  }) => {
    await signInWithForm(page, ADMIN);
    await expect(page).toHaveURL(/\/admin\/review$/);
    await expect(primaryNav(page).getByRole("link", { name: "Admin" })).toHaveAttribute(
      "href",
      "/admin",
    );
  });

  test("an educator signs in to the dashboard, with no console in the navigation", async ({
    page,
  }) => {
    await signInWithForm(page, educator);
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(primaryNav(page).getByRole("link", { name: "Dashboard" })).toBeVisible();
    await expect(primaryNav(page).getByRole("link", { name: /^(Review|Admin)$/ })).toHaveCount(0);
  });

  test("a visitor's footer invites them to join", async ({ page }) => {
    await page.goto("/");
    await expect(footer(page).getByRole("link", { name: "Join the programme" })).toBeVisible();
  });

  test("an id.linkedin.com post is taken; its withdrawn submission's link says it was withdrawn", async () => {
    const created = await educatorContext.request.post("/api/submissions", {
      data: {
        activity: "PRESENT",
        visibility: "PRIVATE",
        attachments: [],
        payload: {
          linkedinUrl: "https://id.linkedin.com/posts/guru-kelas-ai_activity-7123",
          caption: "Kelas kami mencoba AI minggu ini.",
        },
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const withdrawn = await educatorContext.request.delete(`/api/submissions/${id}`);
    expect(withdrawn.ok(), await withdrawn.text()).toBe(true);

    const page = await educatorContext.newPage();
    await page.goto(`/dashboard/submissions/${id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Present evidence withdrawn");
    await expect(page.getByText(/You withdrew this submission on/)).toBeVisible();
    await expect(page.getByRole("link", { name: "Send new Present evidence" })).toBeVisible();
  });

  test("Learn at its cap shows as done, and its form says so before anything is filled in", async () => {
    const credited = await admin.context.request.post("/api/admin/ledger", {
      data: {
        userId: educatorId,
        activity: "LEARN",
        points: 20,
        reason: "Two Kajabi courses recorded by hand",
      },
    });
    expect(credited.ok(), await credited.text()).toBe(true);

    const page = await educatorContext.newPage();
    await page.goto("/dashboard");
    const learn = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: "Learn" }) });
    await expect(learn).toContainText("Done");
    await expect(learn).toContainText("20 points · cap 20 reached");
    await expect(learn).toContainText("Learn is complete");
    await expect(learn.getByRole("link", { name: "Add evidence for Learn" })).toHaveCount(0);

    await page.goto("/dashboard/submit/learn");
    await expect(page.getByText("No more Learn evidence is needed.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Submit Learn evidence" })).toHaveCount(0);
  });

  test("shared links carry a favicon and Open Graph pictures, site-wide and per profile", async ({
    page,
  }) => {
    await page.goto("/");
    const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
    const iconResponse = await page.request.get(icon!);
    expect(iconResponse.headers()["content-type"]).toContain("image/svg+xml");

    const siteImage = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(siteImage).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/opengraph-image/);
    const site = await page.request.get(siteImage!);
    expect(site.headers()["content-type"]).toBe("image/png");
    expect((await site.body()).length).toBeGreaterThan(5_000);

    await page.goto(`/u/${educatorHandle}`);
    const profileImage = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(profileImage).toContain(`/u/${educatorHandle}/opengraph-image`);
    const profile = await page.request.get(profileImage!);
    expect(profile.headers()["content-type"]).toBe("image/png");
    expect((await profile.body()).length).toBeGreaterThan(5_000);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
      "content",
      "summary_large_image",
    );
  });
});
