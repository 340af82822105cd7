/**
 * The core loop of LEAPS in one journey, all through the UI: an educator submits
 * Explore evidence with a file, a reviewer approves it, and the educator's dashboard
 * shows the 50 points and the In-Class Innovator badge.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signUpInBrowser } from "./browser-accounts";

const PASSWORD = "a long enough passphrase";
// playwright.config.ts lists this email in ADMIN_EMAILS: SUPERADMIN once its email is verified.
const REVIEWER = { name: "E2E Admin", email: "e2e-admin@example.test", password: PASSWORD };

test("an educator submits Explore with a file, a reviewer approves it, the educator sees 50 points and the badge", async ({
  browser,
}) => {
  const id = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  const educator = { name: `Loop Educator ${id}`, email: `loop-${id}@example.test` };

  const educatorContext = await browser.newContext();
  const page = await educatorContext.newPage();
  await page.goto("/sign-up");
  await page.getByLabel("Name", { exact: true }).fill(educator.name);
  await page.getByLabel("Email", { exact: true }).fill(educator.email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("total-points")).toHaveText("0");

  await page.goto("/dashboard/submit/explore");
  await page
    .getByLabel("Reflection", { exact: true })
    .fill(
      "We used an AI tutor to draft feedback on lab reports and compared it with mine. ".repeat(3),
    );
  await page
    .getByLabel("Date of the class")
    .fill(new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "leaps-loop-"));
  const file = path.join(dir, "lesson-evidence.pdf");
  fs.writeFileSync(file, "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
  await page.getByLabel("Attachments").setInputFiles(file);
  await expect(
    page.getByRole("progressbar", { name: "Upload of lesson-evidence.pdf" }),
  ).toHaveAttribute("value", "100");
  await page.getByRole("button", { name: "Submit Explore evidence" }).click();
  await expect(page.getByText("Pending", { exact: true })).toBeVisible();

  const { context: reviewerContext } = await signUpInBrowser(browser, REVIEWER, { verify: true });
  const review = await reviewerContext.newPage();
  await review.goto(`/admin/review?q=${encodeURIComponent(educator.name)}`);
  await review.getByRole("link", { name: `Review Explore by ${educator.name}` }).click();
  await expect(review.getByTestId("computed-points")).toHaveText("50 points");
  await review.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(
    review.getByRole("region", { name: "Approved" }).getByTestId("points-credited"),
  ).toHaveText(`50 points credited to ${educator.name}.`);

  await page.goto("/dashboard");
  await expect(page.getByTestId("total-points")).toHaveText("50");
  await expect(page.getByRole("heading", { name: "In-Class Innovator" })).toBeVisible();

  await reviewerContext.close();
  await educatorContext.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
