import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { signUpInBrowser } from "./browser-accounts";

/**
 * The admin overview and the audit log on a 375 px phone (docs/product.md §15): charts
 * with their tables, the GET filters (a wrong date is named), names in the audit entries,
 * the CSV link carrying the filters, nothing scrolling sideways, and no axe violations.
 */

const run = Date.now().toString(36);
const PASSWORD = "a long enough passphrase";
const PHONE = { width: 375, height: 812 };
const ADMIN = { name: "E2E Admin", email: "e2e-admin@example.test", password: PASSWORD };
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

async function signUp(browser: Browser, who: { name: string; email: string; password: string }) {
  // The admin's role needs its email verified (ADMIN_EMAILS, docs/product.md §2).
  return signUpInBrowser(browser, who, { viewport: PHONE, verify: who === ADMIN });
}

async function expectPhoneFriendly(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(PHONE.width);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations).toEqual([]);
}

test.describe.serial("admin overview and audit log on a phone", () => {
  let admin: { context: BrowserContext; user: { id: string; name: string } };
  let educator: { context: BrowserContext; user: { id: string; name: string } };

  test.beforeAll(async ({ browser }) => {
    admin = await signUp(browser, ADMIN);
    educator = await signUp(browser, {
      name: `Sari Wulandari ${run}`,
      email: `sari-${run}@example.test`,
      password: PASSWORD,
    });
    const upload = await educator.context.request.post("/api/uploads", {
      multipart: { file: { name: "class.png", mimeType: "image/png", buffer: PNG } },
    });
    const { key } = (await upload.json()) as { key: string };
    const created = await educator.context.request.post("/api/submissions", {
      data: {
        activity: "EXPLORE",
        visibility: "PRIVATE",
        attachments: [key],
        payload: {
          reflection:
            "We asked an AI assistant to explain photosynthesis to a ten-year-old and then checked every claim against our textbook; the class found two mistakes and wrote corrections.",
          classDate: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
        },
      },
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const detail = await admin.context.request.get(`/api/admin/submissions/${id}`);
    const { version } = (await detail.json()) as { version: string };
    const review = await admin.context.request.post(`/api/admin/submissions/${id}/review`, {
      data: { action: "approve", version },
    });
    expect(review.ok(), await review.text()).toBe(true);
  });

  test.afterAll(async () => {
    await Promise.all([admin, educator].map((who) => who?.context.close()));
  });

  test("the overview charts the programme, each chart with its table", async () => {
    const page = await admin.context.newPage();
    await page.goto("/admin");
    await expect(page.getByRole("heading", { name: "Overview", level: 1 })).toBeVisible();
    await expect(page.getByRole("img", { name: "Submissions per week by status" })).toBeVisible();
    await expect(page.getByRole("img", { name: "Points by activity" })).toBeVisible();
    const points = page.getByRole("region", { name: "Points by activity" });
    await points.getByText("Show the data as a table").click();
    await expect(
      points
        .getByRole("row", { name: /Explore/ })
        .getByRole("cell")
        .first(),
    ).not.toHaveText("0");
    await expectPhoneFriendly(page);

    // A wrong date is said, not silently ignored; the form is a plain GET, days dd/mm/yyyy.
    await page.goto("/admin?from=2026-02-30");
    await expect(
      page.getByRole("alert").filter({ hasText: "Some filters were not applied" }),
    ).toContainText("Enter a date as dd/mm/yyyy");
    await page.getByLabel("From", { exact: true }).fill("05/01/2026");
    await page.getByLabel("To", { exact: true }).fill("29/03/2026");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/from=05%2F01%2F2026&to=29%2F03%2F2026/);
    await expect(page.getByText("5 Jan 2026 to 29 Mar 2026 (UTC days)")).toBeVisible();
    await expect(page.getByLabel("From", { exact: true })).toHaveValue("05/01/2026");
    await page.close();
  });

  test("the audit log names people, filters, and links the CSV with the same filters", async () => {
    const page = await admin.context.newPage();
    await page.goto("/admin");
    await page
      .getByRole("navigation", { name: "Admin" })
      .getByRole("link", { name: "Audit log" })
      .click();
    await expect(page.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();
    await page.getByLabel("Action", { exact: true }).selectOption("submission.approved");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/action=submission.approved/);
    const entry = page
      .getByRole("listitem")
      .filter({ hasText: `approved Explore evidence of ${educator.user.name}` })
      .first();
    await expect(entry.getByRole("link", { name: educator.user.name })).toHaveAttribute(
      "href",
      `/admin/users/${educator.user.id}`,
    );
    await entry.getByText("Raw entry").click();
    await expect(entry.getByText(admin.user.id)).toBeVisible();
    await expect(page.getByRole("link", { name: "Export CSV" })).toHaveAttribute(
      "href",
      "/api/admin/exports/audit.csv?action=submission.approved",
    );
    await expectPhoneFriendly(page);
    await page.close();
  });
});
