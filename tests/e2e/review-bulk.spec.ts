import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { signUpInBrowser } from "./browser-accounts";

/**
 * Bulk review asks first (issue 10 item 7): how many submissions and how many points;
 * Cancel writes nothing, Confirm approves, and the emptied queue says it is clear. Its
 * reviewer is the SUPERADMIN of ADMIN_EMAILS (playwright.config.ts).
 */

const PASSWORD = "a long enough passphrase";
const ADMIN = { name: "E2E Admin", email: "e2e-admin@example.test", password: PASSWORD };
const run = Date.now().toString(36);
// When set, where the screenshots of the confirmation and the cleared queue go.
const SHOTS = process.env.SHOTS_DIR;

async function signUpInBrowserContext(
  browser: Browser,
  who: { name: string; email: string; password: string },
): Promise<BrowserContext> {
  // The admin's role needs its email verified (ADMIN_EMAILS, docs/product.md §2).
  return (await signUpInBrowser(browser, who, { verify: who === ADMIN })).context;
}

async function present(context: BrowserContext): Promise<string> {
  const response = await context.request.post("/api/submissions", {
    data: {
      activity: "PRESENT",
      visibility: "PRIVATE",
      attachments: [],
      payload: {
        linkedinUrl: "https://id.linkedin.com/posts/our-ai-lesson",
        caption: "How our class used AI this week.",
      },
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

async function statusOf(page: Page, id: string): Promise<string> {
  const response = await page.request.get(`/api/admin/submissions/${id}`);
  expect(response.ok(), await response.text()).toBe(true);
  return ((await response.json()) as { submission: { status: string } }).submission.status;
}

test("bulk approval shows count and points, Cancel writes nothing, Confirm approves", async ({
  browser,
}) => {
  const admin = await signUpInBrowserContext(browser, ADMIN);
  const names = ["A", "B", "C"].map((letter) => `Confirm ${run} ${letter}`);
  const educators = await Promise.all(
    names.map((name, index) =>
      signUpInBrowserContext(browser, {
        name,
        email: `confirm-${run}-${index}@example.test`,
        password: PASSWORD,
      }),
    ),
  );
  const ids = await Promise.all(educators.map((context) => present(context)));

  const page = await admin.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/admin/review?status=PENDING&q=${encodeURIComponent(`Confirm ${run}`)}`);
  await expect(page.getByText("Showing 1–3 of 3")).toBeVisible();
  for (const name of names) {
    await page.getByRole("checkbox", { name: `Select Present by ${name}` }).check();
  }
  await page.getByRole("button", { name: "Approve selected" }).click();
  const question = page.getByRole("heading", { name: "Approve 3 submissions for 60 points?" });
  await expect(question).toBeVisible();
  await expect(question).toBeFocused();
  await expect(page.getByRole("button", { name: "Approve selected" })).toHaveCount(0);
  if (SHOTS) {
    await page.screenshot({ path: `${SHOTS}/bulk-confirm-desktop.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/bulk-confirm-phone.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
  }

  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(question).toHaveCount(0);
  await expect(page.getByText("3 selected")).toBeVisible();
  for (const id of ids) expect(await statusOf(page, id)).toBe("PENDING");

  await page.getByRole("button", { name: "Approve selected" }).click();
  await expect(question).toBeVisible();
  await page.getByRole("button", { name: "Confirm approval" }).click();
  await expect(page.getByText("3 submissions approved.")).toBeVisible();
  for (const id of ids) expect(await statusOf(page, id)).toBe("APPROVED");
  await expect(page.getByText("The queue is clear")).toBeVisible();
  await expect(page.getByText("Try another search or fewer filters.")).toHaveCount(0);
  if (SHOTS) {
    await page.screenshot({ path: `${SHOTS}/bulk-cleared-desktop.png`, fullPage: true });
  }

  await admin.close();
  await Promise.all(educators.map((context) => context.close()));
});

test("a bulk rejection names how many and credits nothing", async ({ browser }) => {
  const admin = await signUpInBrowserContext(browser, ADMIN);
  const name = `Reject ${run}`;
  const educator = await signUpInBrowserContext(browser, {
    name,
    email: `reject-${run}@example.test`,
    password: PASSWORD,
  });
  const id = await present(educator);
  const page = await admin.newPage();
  await page.goto(`/admin/review?status=PENDING&q=${encodeURIComponent(name)}`);
  await page.getByRole("checkbox", { name: `Select Present by ${name}` }).check();
  await page.getByLabel("Note to the educators").fill("Please link the post itself.");
  await page.getByRole("button", { name: "Reject selected" }).click();
  await expect(page.getByRole("heading", { name: "Reject 1 submission?" })).toBeVisible();
  expect(await statusOf(page, id)).toBe("PENDING");
  await page.getByRole("button", { name: "Confirm rejection" }).click();
  await expect(page.getByText("1 submission rejected.")).toBeVisible();
  expect(await statusOf(page, id)).toBe("REJECTED");
  await admin.close();
  await educator.close();
});
