import { createHmac } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { verifyEmailThroughMail } from "./browser-accounts";

interface Account {
  name: string;
  email: string;
  password: string;
}

const run = Date.now();
// The secret playwright.config.ts gives the server, so the test can stand in for Kajabi.
const KAJABI_SECRET = "e2e-kajabi-secret";

function newAccount(label: string): Account {
  const id = `${run}-${Math.random().toString(36).slice(2, 8)}`;
  return {
    name: `${label} ${id}`,
    email: `${label.toLowerCase()}-${id}@example.test`,
    password: "a long enough passphrase",
  };
}

async function signedUp(browser: Browser, account: Account): Promise<BrowserContext> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/sign-up");
  await page.getByLabel("Name", { exact: true }).fill(account.name);
  await page.getByLabel("Email", { exact: true }).fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hello, ${account.name}`);
  return context;
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations).toEqual([]);
}

/** A file in the run's temp folder: a real PDF header, or anything else under a PDF name. */
function tempFile(name: string, bytes: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "leaps-e2e-files-"));
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

const pdf = () =>
  tempFile("class-evidence.pdf", Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"));
// A Windows executable ("MZ" header) renamed to look like a PDF.
const renamedExe = () =>
  tempFile("not-really.pdf", Buffer.concat([Buffer.from("MZ"), Buffer.alloc(512, 0x90)]));

/** A calendar date some days back, in UTC (valid for "not in the future" everywhere). */
function daysBack(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

const reflection = (length: number) =>
  "We used an AI tutor to draft feedback on lab reports; pupils compared it with mine. "
    .repeat(10)
    .slice(0, length);

test.describe.serial("evidence", () => {
  const educator = newAccount("Educator");
  let context: BrowserContext;
  let page: Page;

  test.beforeAll(async ({ browser }) => {
    // The first account of a run becomes SUPERADMIN; a throwaway one takes that place
    // (when no other test file already did) so the educator is a plain participant.
    await (await signedUp(browser, newAccount("Throwaway"))).close();
    context = await signedUp(browser, educator);
    // Kajabi credit reaches only a verified address (docs/product.md §2, §6).
    await verifyEmailThroughMail(context, educator.email);
    page = context.pages()[0]!;
    await page.reload();
    await expect(page.getByText("Role: Participant")).toBeVisible();
  });

  test.afterAll(async () => {
    await context.close();
  });

  test("a new educator's dashboard shows empty states, then Learn credits from Kajabi", async () => {
    await expect(page.getByTestId("total-points")).toHaveText("0");
    await expect(page.getByText("You haven’t sent any evidence yet.")).toBeVisible();
    await expect(page.getByText("No points yet.")).toBeVisible();
    await expect(page.getByText("No badges yet.")).toBeVisible();
    const next = page.getByRole("region", { name: "What’s next" });
    await expect(next.getByRole("link", { name: "Submit Learn evidence" })).toBeVisible();

    for (const tag of ["elevate-ai-1-completed", "elevate-ai-2-completed"]) {
      const body = JSON.stringify({
        event_id: `evt_${run}_${tag}`,
        event_type: "contact.tagged",
        created_at: new Date().toISOString(),
        contact: { id: `c_${run}`, email: educator.email },
        tag: { name: tag },
      });
      const response = await page.request.post("/api/kajabi/webhook", {
        data: body,
        headers: {
          "Content-Type": "application/json",
          "X-Kajabi-Signature": createHmac("sha256", KAJABI_SECRET).update(body).digest("hex"),
        },
      });
      expect(await response.json()).toEqual({ status: "credited" });
    }

    await page.reload();
    await expect(page.getByTestId("total-points")).toHaveText("20");
    const path = page.getByRole("region", { name: "Your LEAPS path" });
    const learn = path.getByRole("listitem").filter({ hasText: "Learn" });
    await expect(learn).toContainText("Done");
    await expect(learn).toContainText("20 points · cap 20 reached");
    await expect(learn).toContainText("Learn is complete");
    await expect(learn.getByRole("link", { name: "Add evidence for Learn" })).toHaveCount(0);
    const history = page.getByRole("region", { name: "Points history" });
    await expect(history.getByText("Course completed on Kajabi")).toHaveCount(2);
    await expect(
      page.getByRole("region", { name: "Badges" }).getByRole("heading", { name: "LEAPS Starter" }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("submit Explore evidence with a file, make it public, edit it", async () => {
    await page.goto("/dashboard");
    await page
      .getByRole("region", { name: "What’s next" })
      .getByRole("link", { name: "Submit Explore evidence" })
      .click();
    await expect(page).toHaveURL(/\/dashboard\/submit\/explore$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Submit Explore evidence");

    // Sending an empty form stops in the browser and focuses the first field to fix.
    const submit = page.getByRole("button", { name: "Submit Explore evidence" });
    await submit.click();
    const reflectionField = page.getByLabel("Reflection", { exact: true });
    await expect(reflectionField).toBeFocused();
    await expect(page.getByLabel("Attachments")).toHaveAccessibleDescription(
      /Attach 1 to 5 files: evidence from the class\./,
    );

    // 149 characters: the schema's message appears when the field is left.
    await reflectionField.fill(reflection(149));
    await reflectionField.blur();
    await expect(reflectionField).toHaveAttribute("aria-invalid", "true");
    await expect(reflectionField).toHaveAccessibleDescription(/Use at least 150 characters\./);
    await expect(
      page.getByText("149 / 5,000 characters (minimum 150) · 1 more needed"),
    ).toBeVisible();
    await expectNoAxeViolations(page);

    await reflectionField.fill(reflection(160));
    await expect(reflectionField).not.toHaveAttribute("aria-invalid");
    await page.getByLabel("Date of the class").fill(daysBack(3));
    await page.getByLabel("AI tool used (optional)").fill("ChatGPT");

    const attachments = page.getByLabel("Attachments");
    await attachments.setInputFiles(renamedExe());
    await expect(page.getByRole("alert").filter({ hasText: "not-really.pdf" })).toContainText(
      "Only PDF, JPEG, PNG and WebP files are accepted",
    );
    await page.getByRole("button", { name: "Dismiss not-really.pdf" }).click();

    await attachments.setInputFiles(pdf());
    const progress = page.getByRole("progressbar", { name: "Upload of class-evidence.pdf" });
    await expect(progress).toHaveAttribute("value", "100");
    await expect(page.getByText("100 % · done")).toBeVisible();

    await expect(page.getByTestId("points-preview")).toContainText("This would earn 50 points");
    await page.screenshot({ path: "test-results/evidence-explore-form.png", fullPage: true });

    await submit.click();
    await expect(page).toHaveURL(/\/dashboard\/submissions\/[^/?]+\?notice=submitted$/);
    const submissionUrl = page.url().replace(/\?.*$/, "");
    await expect(
      page.getByRole("status").filter({ hasText: "Your evidence is submitted." }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Explore evidence");
    await expect(page.getByText("Pending", { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "class-evidence.pdf" })).toHaveAttribute(
      "href",
      /^\/api\/files\//,
    );
    await expect(page.getByTestId("current-visibility")).toContainText("Private.");
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Make public" }).click();
    await expect(page.getByText("It is public now.")).toBeVisible();
    await expect(page.getByTestId("current-visibility")).toContainText("Public.");

    await page.getByRole("link", { name: "Edit evidence" }).click();
    await expect(reflectionField).toHaveValue(reflection(160));
    await expect(page.getByRole("link", { name: "class-evidence.pdf" })).toBeVisible();
    await reflectionField.fill(`${reflection(160)} Edited after a second lesson.`);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Your changes are saved.")).toBeVisible();
    await expect(page.getByText("Edited after a second lesson.")).toBeVisible();
    expect(page.url()).toContain(submissionUrl);

    await page.goto("/dashboard");
    const item = page
      .getByRole("region", { name: "Your submissions" })
      .getByRole("listitem")
      .filter({ hasText: "Explore evidence" });
    await expect(item).toContainText("Pending");
    await expect(item).toContainText("Public");
    const path = page.getByRole("region", { name: "Your LEAPS path" });
    await expect(path.getByRole("listitem").filter({ hasText: "Explore" })).toContainText(
      "0 approved · 1 pending",
    );
  });

  test("the Amplify form previews its points live", async () => {
    await page.goto("/dashboard/submit/amplify");
    await page.getByLabel("Peers trained").fill("3");
    await page.getByLabel("Students trained").fill("4");
    await page.getByLabel("Session date").fill(daysBack(2));
    const preview = page.getByTestId("points-preview");
    await expect(preview).toContainText("This would earn 10 points");
    await expect(preview).toContainText("3 peers × 2 + 4 students × 1 = 10 points.");

    await page.getByLabel("Peers trained").fill("51");
    await page.getByLabel("Peers trained").blur();
    await expect(page.getByLabel("Peers trained")).toHaveAccessibleDescription(
      /At most 50 peers per session\./,
    );
    await expect(preview).toContainText("Complete the fields");
  });

  test("a pending Shine submission can be withdrawn after confirming", async () => {
    await page.goto("/dashboard/submit/shine");
    await page.getByLabel("Idea title").fill("AI reading buddies");
    await page
      .getByLabel("Idea summary")
      .fill("Older pupils coach younger ones using an AI reading tool, twice a week, in pairs.");
    await expect(page.getByTestId("points-preview")).toContainText("This would earn 0 points");
    await page.getByRole("button", { name: "Submit Shine evidence" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Shine evidence");

    await page.getByText("Withdraw…").click();
    await page.getByRole("button", { name: "Keep it" }).click();
    await expect(page.getByRole("button", { name: "Yes, withdraw it" })).toBeHidden();
    await page.getByText("Withdraw…").click();
    await page.getByRole("button", { name: "Yes, withdraw it" }).click();

    await expect(page).toHaveURL(/\/dashboard\?notice=withdrawn$/);
    await expect(page.getByText("Your submission is withdrawn.")).toBeVisible();
    const submissions = page.getByRole("region", { name: "Your submissions" });
    await expect(submissions.getByText("Shine evidence")).toHaveCount(0);
    await expect(submissions.getByText("Explore evidence")).toBeVisible();
  });

  test("unknown activities and other people's submissions are not found", async ({ browser }) => {
    const notFound = (target: Page) =>
      expect(target.getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();
    await page.goto("/dashboard/submit/dance");
    await notFound(page);

    await page.goto("/dashboard");
    await page
      .getByRole("region", { name: "Your submissions" })
      .getByRole("link", { name: /Explore evidence/ })
      .click();
    await expect(page).toHaveURL(/\/dashboard\/submissions\//);
    const stranger = await signedUp(browser, newAccount("Stranger"));
    const strangerPage = stranger.pages()[0]!;
    await strangerPage.goto(new URL(page.url()).pathname);
    await notFound(strangerPage);
    await stranger.close();
  });

  test("on a phone-sized screen the dashboard and a form fit and stay accessible", async ({
    browser,
  }) => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const phonePage = await phone.newPage();
    await phonePage.goto("/sign-in");
    await phonePage.getByLabel("Email", { exact: true }).fill(educator.email);
    await phonePage.getByLabel("Password", { exact: true }).fill(educator.password);
    await phonePage.getByRole("button", { name: "Sign in" }).click();
    await expect(phonePage.getByTestId("total-points")).toHaveText("20");
    const fits = () =>
      phonePage.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(await fits()).toBe(true);
    await phonePage.screenshot({ path: "test-results/evidence-dashboard-390.png", fullPage: true });

    await phonePage.goto("/dashboard/submit/present");
    await phonePage.getByLabel("Link to your LinkedIn post").fill("https://example.com/post");
    await phonePage.getByLabel("Link to your LinkedIn post").blur();
    await expect(phonePage.getByLabel("Link to your LinkedIn post")).toHaveAttribute(
      "aria-invalid",
      "true",
    );
    expect(await fits()).toBe(true);
    await expectNoAxeViolations(phonePage);
    await phonePage.screenshot({ path: "test-results/evidence-present-390.png", fullPage: true });
    await phone.close();
  });
});
