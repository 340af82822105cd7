import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";

interface Account {
  name: string;
  email: string;
  password: string;
}

const run = Date.now();

/** A unique account per call, so tests never collide with each other or earlier runs. */
function newAccount(label: string): Account {
  const id = `${run}-${Math.random().toString(36).slice(2, 8)}`;
  return {
    name: `${label} ${id}`,
    email: `${label.toLowerCase().replace(/\s+/g, "-")}-${id}@example.test`,
    password: "a long enough passphrase",
  };
}

async function signUp(page: Page, account: Account): Promise<void> {
  await page.goto("/sign-up");
  await page.getByLabel("Name", { exact: true }).fill(account.name);
  await page.getByLabel("Email", { exact: true }).fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  // The dashboard streams in behind its loading state; wait until it is really there.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hello, ${account.name}`);
}

async function signIn(page: Page, account: Pick<Account, "email" | "password">): Promise<void> {
  await page.getByLabel("Email", { exact: true }).fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

function accountMenu(page: Page, account: Account) {
  return page.locator("summary", { hasText: account.name });
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations).toEqual([]);
}

// One serial group: the e2e database is fresh per run and the first account to sign up
// becomes SUPERADMIN (bootstrap), so the admin must sign up before anyone else does.
test.describe.serial("identity", () => {
  const admin = newAccount("Admin");
  let adminContext: BrowserContext;

  async function signedInAs(browser: Browser, account: Account): Promise<BrowserContext> {
    const context = await browser.newContext();
    await signUp(await context.newPage(), account);
    return context;
  }

  test.beforeAll(async ({ browser }) => {
    adminContext = await signedInAs(browser, admin);
    const page = adminContext.pages()[0]!;
    // Bootstrap: no admin existed yet, so this first account is the superadmin.
    await expect(page.getByText("Role: Superadmin")).toBeVisible();
  });

  test.afterAll(async () => {
    await adminContext.close();
  });

  test("sign up, open the dashboard from the account menu, sign out, sign in again", async ({
    page,
    context,
  }) => {
    const educator = newAccount("Educator");
    await signUp(page, educator);

    const cookie = (await context.cookies()).find((c) => c.name === "leaps_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false, path: "/" });

    await page.goto("/");
    await accountMenu(page, educator).click();
    const accountNav = page.getByRole("navigation", { name: "Account" });
    await expect(accountNav.getByRole("link", { name: "Admin console" })).toHaveCount(0);
    await accountNav.getByRole("link", { name: "Dashboard" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hello, ${educator.name}`);
    await expect(page.getByTestId("total-points")).toHaveText("0");
    await expect(page.getByText("Role: Participant")).toBeVisible();

    await accountMenu(page, educator).click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

    // Sign-out ended the session itself: the old cookie no longer opens anything.
    await context.addCookies([{ ...cookie!, expires: -1 }]);
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fdashboard$/);

    await signIn(page, educator);
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hello, ${educator.name}`);
  });

  test("sign-in and sign-up explain what went wrong", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Sign in" }).click();
    const email = page.getByLabel("Email", { exact: true });
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveAccessibleDescription("Enter a valid email address.");
    await expect(page.getByLabel("Password", { exact: true })).toHaveAccessibleDescription(
      "Enter your password.",
    );

    await signIn(page, { email: admin.email, password: "not the password" });
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "Email or password is incorrect.",
    );
    await expect(page.getByLabel("Email", { exact: true })).toHaveValue(admin.email);

    await page.goto("/sign-up");
    await expect(page.getByLabel("Password", { exact: true })).toHaveAccessibleDescription(
      "At least 10 characters.",
    );
    await page.getByLabel("Name", { exact: true }).fill("Someone");
    await page.getByLabel("Email", { exact: true }).fill(admin.email);
    await page.getByLabel("Password", { exact: true }).fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByLabel("Password", { exact: true })).toHaveAccessibleDescription(
      "At least 10 characters. Use at least 10 characters.",
    );
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Someone");

    await page.getByLabel("Password", { exact: true }).fill("long enough password");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "An account with this email already exists. Sign in instead.",
    );
  });

  test("a participant is refused the admin console until an admin makes them a reviewer", async ({
    browser,
  }) => {
    const educator = newAccount("Promoted");
    const educatorContext = await signedInAs(browser, educator);
    const educatorPage = educatorContext.pages()[0]!;

    const refused = await educatorPage.goto("/admin");
    expect(refused?.status()).toBe(403);
    await expect(
      educatorPage.getByRole("heading", { name: "This area needs another role" }),
    ).toBeVisible();

    const adminPage = await adminContext.newPage();
    await adminPage.goto("/admin/users");
    await adminPage.getByLabel("Search", { exact: true }).fill(educator.email);
    await adminPage.getByRole("button", { name: "Search" }).click();
    await expect(adminPage).toHaveURL(/[?&]q=/);
    await expect(adminPage.getByText("Showing 1–1 of 1")).toBeVisible();
    await adminPage.getByRole("link", { name: educator.name }).click();

    await expect(adminPage.getByRole("heading", { level: 1 })).toHaveText(educator.name);
    await adminPage.getByLabel("Role", { exact: true }).selectOption({ label: "Reviewer" });
    await adminPage.getByRole("button", { name: "Save changes" }).click();
    await expect(adminPage.getByRole("region", { name: "Details" }).getByRole("status")).toHaveText(
      "Changes saved.",
    );
    await expect(
      adminPage.getByText(/^role: PARTICIPANT\s*→\s*changed to\s*REVIEWER$/),
    ).toBeVisible();

    await educatorPage.goto("/admin");
    await expect(educatorPage.getByRole("heading", { name: "Review area" })).toBeVisible();
    await expect(educatorPage.getByRole("link", { name: "Users" })).toHaveCount(0);
    await educatorContext.close();
  });

  test("an admin can't change their own role and assigns cohorts in bulk", async () => {
    const page = await adminContext.newPage();
    await page.goto(`/admin/users?q=${encodeURIComponent(admin.email)}`);
    await page.getByRole("link", { name: admin.name }).click();
    await expect(page.getByLabel("Role", { exact: true })).toBeDisabled();
    await expect(page.getByLabel("Role", { exact: true })).toHaveAccessibleDescription(
      "You can't change your own role.",
    );

    await page.goto(`/admin/users?q=${encodeURIComponent(admin.email)}`);
    await page.getByRole("button", { name: "Assign cohort" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Select at least one user.");

    const cohort = `Cohort ${run}`;
    await page.getByRole("checkbox", { name: `Select ${admin.name}` }).check();
    await page.getByLabel("Cohort", { exact: true }).last().fill(cohort);
    await page.getByRole("button", { name: "Assign cohort" }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText(
      `Cohort “${cohort}” assigned to 1 user.`,
    );
    await expect(page.getByRole("cell", { name: cohort })).toBeVisible();

    await page.goto(`/admin/users?cohort=${encodeURIComponent(cohort)}`);
    await expect(page.getByText("Showing 1–1 of 1")).toBeVisible();

    await page.goto("/admin/users/user_doesnotexist");
    await expect(page.getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();
  });

  test("the profile form saves, and shows a taken handle on the field", async ({ page }) => {
    const educator = newAccount("Profile");
    await signUp(page, educator);
    await page.goto("/settings/profile");

    const handle = page.getByLabel("Handle", { exact: true });
    await handle.fill("x");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(handle).toHaveAttribute("aria-invalid", "true");
    await expect(handle).toBeFocused();

    const adminHandle = await adminContext.newPage().then(async (adminPage) => {
      await adminPage.goto("/dashboard");
      const text = await adminPage.getByText(/^@/).first().textContent();
      await adminPage.close();
      return text!.slice(1);
    });
    await handle.fill(adminHandle);
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(handle).toHaveAccessibleDescription(/That handle is taken\./);

    await page.getByLabel("Avatar URL").fill("http://example.com/me.png");
    await handle.fill(`p-${run}`);
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByLabel("Avatar URL")).toHaveAccessibleDescription(
      /Use an https:\/\/ address\./,
    );

    await page.getByLabel("Avatar URL").fill("");
    await page.getByLabel("School", { exact: true }).fill("Riverside Primary");
    await page.getByRole("button", { name: "Save profile" }).click();
    // The settings page has more forms below (programme emails), each with its own banner.
    await expect(page.getByRole("main").getByRole("status").first()).toHaveText(
      "Your profile is saved.",
    );
    await page.goto("/dashboard");
    await expect(page.getByText(`@p-${run}`)).toBeVisible();
    await expect(page.getByText("Riverside Primary")).toBeVisible();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("signing in, opening the account menu and signing out still work", async ({ page }) => {
      await page.goto("/sign-in?next=%2Fsettings%2Fprofile");
      await signIn(page, admin);
      await expect(page).toHaveURL(/\/settings\/profile$/);
      await expect(page.getByRole("heading", { name: "Profile settings" })).toBeVisible();

      await accountMenu(page, admin).click();
      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    });

    test("an off-site next parameter is ignored: an admin lands on the review queue", async ({
      page,
    }) => {
      await page.goto("/sign-in?next=%2F%2Fevil.example");
      await signIn(page, admin);
      await expect(page).toHaveURL(/\/admin\/review$/);
    });
  });

  test("the identity pages have no WCAG 2 A/AA accessibility violations", async ({ page }) => {
    await page.goto("/sign-in");
    await expectNoAxeViolations(page);
    await page.goto("/sign-up");
    await expectNoAxeViolations(page);

    await signUp(page, newAccount("Axe"));
    await expectNoAxeViolations(page);
    await page.goto("/settings/profile");
    await expectNoAxeViolations(page);
    await page.goto("/admin");
    await expectNoAxeViolations(page);

    const adminPage = await adminContext.newPage();
    await adminPage.goto("/admin/users");
    await expectNoAxeViolations(adminPage);
    await adminPage.goto("/admin");
    await expectNoAxeViolations(adminPage);
    await adminPage.locator("summary", { hasText: admin.name }).click();
    await expectNoAxeViolations(adminPage);
    await adminPage.close();
  });
});
