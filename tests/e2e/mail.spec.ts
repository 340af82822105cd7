/**
 * Mail in the browser (docs/product.md §13): a reviewer approves an educator's evidence, the
 * outcome mail reaches the SMTP listener, and its link opens the submission for the
 * educator. Admins see the message at /admin/mail, its HTML in a sandboxed frame.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signUpInBrowser } from "./browser-accounts";
import { linkIn, waitForMail } from "./mail-spool";

const PASSWORD = "a long enough passphrase";

/** The mail's own HTML (in its sandboxed frame, where no script runs) is the sender's, not the page's. */
async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa"])
    .exclude("iframe[sandbox]")
    .analyze();
  expect(results.violations).toEqual([]);
}
// playwright.config.ts lists this email in ADMIN_EMAILS: SUPERADMIN once its email is verified.
const ADMIN = { name: "E2E Admin", email: "e2e-admin@example.test", password: PASSWORD };

test("an approval mails the educator, and the mail's link opens the submission", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const id = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  const educator = await signUpInBrowser(browser, {
    name: `Mail Educator ${id}`,
    email: `mail-${id}@example.test`,
    password: PASSWORD,
  });
  const created = await educator.context.request.post("/api/submissions", {
    data: {
      activity: "SHINE",
      payload: {
        ideaTitle: "AI tutor",
        ideaSummary: "An AI tutor that gives every student feedback on homework within the hour.",
      },
      attachments: [],
      visibility: "PRIVATE",
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id: submissionId } = (await created.json()) as { id: string };

  const admin = await signUpInBrowser(browser, ADMIN, { verify: true });
  const detail = await admin.context.request.get(`/api/admin/submissions/${submissionId}`);
  const { version } = (await detail.json()) as { version: string };
  const review = await admin.context.request.post(`/api/admin/submissions/${submissionId}/review`, {
    data: { action: "approve", version },
  });
  expect(review.status(), await review.text()).toBe(200);

  // Sign-up sent the verification mail first (docs/product.md §2): wait for the review's.
  const mail = await waitForMail(educator.user.email, {
    where: (m) => !m.subject.startsWith("Confirm your email"),
  });
  expect(mail.subject).toMatch(/Shine evidence was approved/);
  expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  const link = linkIn(mail, `${baseURL}/dashboard/submissions/`);
  expect(link).toBe(`${baseURL}/dashboard/submissions/${submissionId}`);

  const page = await educator.context.newPage();
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Shine evidence" })).toBeVisible();
  await expect(page.getByText("Approved by a reviewer.")).toBeVisible();

  const outbox = await admin.context.newPage();
  await outbox.goto(`/admin/mail?q=${encodeURIComponent(educator.user.email)}`);
  await expect(outbox.getByRole("link", { name: "Sent" })).toBeVisible();
  await outbox.getByRole("link", { name: mail.subject }).click();
  const frame = outbox.frameLocator("iframe[sandbox]");
  await expect(frame.getByText(`Hello ${educator.user.name},`)).toBeVisible();
  await expect(outbox.getByText(`${baseURL}/dashboard/submissions/${submissionId}`)).toBeVisible();
  await expectNoAxeViolations(outbox);
  await outbox.goto("/admin/mail");
  await expectNoAxeViolations(outbox);
  await outbox.setViewportSize({ width: 375, height: 800 });
  const scrolls = await outbox.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
  expect(scrolls).toBe(false);

  // The person follows the unsubscribe link in a browser: a page, one button, no sign-in.
  const unsubscribe = /<([^>]+)>/.exec(mail.headers["list-unsubscribe"]!)![1]!;
  const stranger = await browser.newContext();
  const confirm = await stranger.newPage();
  await confirm.goto(unsubscribe);
  await expectNoAxeViolations(confirm);
  await confirm.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(confirm.getByRole("status")).toContainText("You are unsubscribed");
  const settings = await educator.context.newPage();
  await settings.goto("/settings/profile");
  await expect(
    settings.getByRole("checkbox", { name: /Email me about my evidence/ }),
  ).not.toBeChecked();
  await settings.getByRole("checkbox", { name: /Email me about my evidence/ }).check();
  await settings.getByRole("button", { name: "Save email preference" }).click();
  await expect(settings.getByText("Programme emails are on.")).toBeVisible();
});
