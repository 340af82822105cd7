import { createHmac } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { signUpInBrowser, type Account, type SignedUp } from "./browser-accounts";

/**
 * The reviewer and admin console: review queue, review page, bulk review, reversal,
 * manual adjustments, badges and the Kajabi queue. Runs after identity.spec.ts (see the
 * projects in playwright.config.ts); its admin is made SUPERADMIN by ADMIN_EMAILS.
 */

const run = Date.now().toString(36);
const PASSWORD = "a long enough passphrase";
const ADMIN: Account = { name: "E2E Admin", email: "e2e-admin@example.test", password: PASSWORD };
const KAJABI_SECRET = "e2e-kajabi-secret";

// A real 1×1 PNG, so the attachment preview renders.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);
const PDF = Buffer.from("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

function account(label: string): Account {
  const id = `${run}-${Math.random().toString(36).slice(2, 6)}`;
  return {
    name: `${label} ${id}`,
    email: `${label.toLowerCase().replace(/\s+/g, "-")}-${id}@example.test`,
    password: PASSWORD,
  };
}

async function upload(context: BrowserContext, name: string, mimeType: string, buffer: Buffer) {
  const response = await context.request.post("/api/uploads", {
    multipart: { file: { name, mimeType, buffer } },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { key: string }).key;
}

async function submit(
  context: BrowserContext,
  body: { activity: string; payload: unknown; attachments?: string[] },
): Promise<string> {
  const response = await context.request.post("/api/submissions", {
    data: { visibility: "PRIVATE", attachments: [], ...body },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

async function submitExplore(context: BrowserContext): Promise<string> {
  const attachments = [
    await upload(context, "class-photo.png", "image/png", PNG),
    await upload(context, "lesson-plan.pdf", "application/pdf", PDF),
  ];
  return submit(context, {
    activity: "EXPLORE",
    payload: {
      reflection:
        "<b>Not bold</b> — my Year 8 class used an AI assistant to draft questions for a debate, then we compared them with their own. They noticed the AI missed local context, which led to a great discussion.",
      classDate: yesterday(),
      aiTool: "ChatGPT",
    },
    attachments,
  });
}

function present(context: BrowserContext): Promise<string> {
  return submit(context, {
    activity: "PRESENT",
    payload: {
      linkedinUrl: "https://www.linkedin.com/posts/our-ai-lesson",
      caption: "How our class used AI this week.",
    },
  });
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations).toEqual([]);
}

function signWebhook(body: string): string {
  return createHmac("sha256", KAJABI_SECRET).update(body, "utf8").digest("hex");
}

async function sendKajabiEvent(page: Page, contactId: string, email: string) {
  const eventId = `evt_${run}_${Math.random().toString(36).slice(2, 8)}`;
  const body = JSON.stringify({
    event_id: eventId,
    event_type: "contact.tagged",
    created_at: new Date().toISOString(),
    contact: { id: contactId, email, first_name: "Kai" },
    tag: { name: "elevate-ai-1-completed" },
  });
  const response = await page.request.post("/api/kajabi/webhook", {
    data: body,
    headers: { "Content-Type": "application/json", "X-Kajabi-Signature": signWebhook(body) },
  });
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "unmatched" });
  return eventId;
}

test.describe.serial("admin console", () => {
  let admin: SignedUp;
  let reviewer: SignedUp;
  let explorer: SignedUp;
  let exploreId: string;
  const badgeCode = `MENTOR_${run.toUpperCase()}`;
  const badgeName = `Mentor ${run}`;

  test.beforeAll(async ({ browser }) => {
    admin = await signUpInBrowser(browser, ADMIN, { verify: true });
    expect(admin.user.role).toBe("SUPERADMIN");
    reviewer = await signUpInBrowser(browser, account("Reviewer"));
    const promoted = await admin.context.request.patch(`/api/admin/users/${reviewer.user.id}`, {
      data: { role: "REVIEWER" },
    });
    expect(promoted.ok(), await promoted.text()).toBe(true);
  });

  test.afterAll(async () => {
    await Promise.all([admin, reviewer, explorer].map((who) => who?.context.close()));
  });

  test("a reviewer approves an Explore from the review page: 50 points and a badge", async ({
    browser,
  }) => {
    explorer = await signUpInBrowser(browser, account("Explorer"));
    exploreId = await submitExplore(explorer.context);

    const page = await reviewer.context.newPage();
    await page.goto("/admin/review");
    const adminNav = page.getByRole("navigation", { name: "Admin" });
    await expect(adminNav.getByRole("link", { name: "Review queue" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(adminNav.getByRole("link", { name: "Kajabi" })).toHaveCount(0);
    await page.getByRole("link", { name: `Review Explore by ${explorer.user.name}` }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      `Explore by ${explorer.user.name}`,
    );
    // What the educator typed is text, never markup.
    await expect(page.getByText("<b>Not bold</b> — my Year 8 class")).toBeVisible();
    await expect(page.getByRole("img", { name: "Preview of class-photo.png" })).toBeVisible();
    await expect(page.getByRole("link", { name: /^lesson-plan\.pdf/ })).toHaveAttribute(
      "href",
      /^\/api\/files\//,
    );
    await expect(page.getByTestId("computed-points")).toHaveText("50 points");
    await expect(page.getByText("First approved Explore: 50 points.")).toBeVisible();
    await expect(page.getByLabel("Points override (optional)")).toHaveAccessibleDescription(
      /Allowed: 40–60 \(±20 % of 50\)/,
    );
    await expectNoAxeViolations(page);

    // An override outside the band is refused on the field.
    await page.getByLabel("Note to the educator (optional)").fill("Lovely reflection.");
    await page.getByLabel("Points override (optional)").fill("61");
    await page.getByRole("button", { name: "Approve", exact: true }).click();
    await expect(page.getByLabel("Points override (optional)")).toHaveAccessibleDescription(
      /Between 40 and 60\./,
    );

    await page.getByLabel("Points override (optional)").fill("");
    await page.getByRole("button", { name: "Approve", exact: true }).click();
    const result = page.getByRole("region", { name: "Approved" });
    await expect(result.getByTestId("points-credited")).toHaveText(
      `50 points credited to ${explorer.user.name}.`,
    );
    await expect(result.getByText("In-Class Innovator")).toBeVisible();
    await expect(result.getByRole("link", { name: "Back to the review queue" })).toBeVisible();
    // The page behind it has refreshed: the submission is approved, no forms are left.
    await expect(page.getByRole("button", { name: "Approve", exact: true })).toHaveCount(0);
    await page.close();
  });

  test("rejecting needs a note: refused on the field, then rejected with one", async ({
    browser,
  }) => {
    const educator = await signUpInBrowser(browser, account("Shiner"));
    const id = await submit(educator.context, {
      activity: "SHINE",
      payload: {
        ideaTitle: "AI homework coach",
        ideaSummary: "A coach that asks pupils questions instead of giving them the answers.",
      },
    });
    const page = await reviewer.context.newPage();
    await page.goto(`/admin/review/${id}`);
    await page.getByRole("button", { name: "Reject", exact: true }).click();
    const note = page.getByLabel("Reason for the educator");
    await expect(note).toHaveAttribute("aria-invalid", "true");
    await expect(note).toHaveAccessibleDescription(/Rejecting needs a note for the educator\./);
    await expect(note).toBeFocused();

    await note.fill("Please add how you would test it with a class.");
    await page.getByRole("button", { name: "Reject", exact: true }).click();
    await expect(page.getByRole("region", { name: "Rejected" })).toContainText(
      "The educator sees your note and can submit again.",
    );
    await expect(page.getByRole("button", { name: "Reject", exact: true })).toHaveCount(0);
    await page.reload();
    await expect(
      page.getByText("Note: Please add how you would test it with a class."),
    ).toBeVisible();
    await page.close();
    await educator.context.close();
  });

  test("bulk approve of two submissions reports each one", async ({ browser }) => {
    const first = await signUpInBrowser(browser, { ...account("x"), name: `Bulk ${run} A` });
    const second = await signUpInBrowser(browser, { ...account("y"), name: `Bulk ${run} B` });
    await present(first.context);
    await present(second.context);

    const page = await reviewer.context.newPage();
    await page.goto("/admin/review");
    await page.getByLabel("Search", { exact: true }).fill(`Bulk ${run}`);
    await page.getByLabel("Status", { exact: true }).selectOption({ label: "Pending" });
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/[?&]status=PENDING/);
    await expect(page.getByText("Showing 1–2 of 2")).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Approve selected" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "Select at least one submission.",
    );

    await page.getByRole("checkbox", { name: `Select Present by Bulk ${run} A` }).check();
    await page.getByRole("checkbox", { name: `Select Present by Bulk ${run} B` }).check();
    await expect(page.getByText("2 selected")).toBeVisible();
    await page.getByRole("button", { name: "Approve selected" }).click();
    await page.getByRole("button", { name: "Confirm approval" }).click();
    await expect(page.getByText("2 submissions approved.")).toBeVisible();
    const report = page.getByRole("region", { name: "Results per submission" });
    for (const name of [`Bulk ${run} A`, `Bulk ${run} B`]) {
      await expect(report.getByRole("listitem").filter({ hasText: name })).toContainText(
        "approved, 20 points credited",
      );
    }
    // Filtered to pending, the approved pair has left the queue.
    await expect(page.getByText("The queue is clear")).toBeVisible();
    await page.close();
    await Promise.all([first.context.close(), second.context.close()]);
  });

  test("an admin reverses an approval after confirming", async () => {
    const page = await admin.context.newPage();
    await page.goto(`/admin/review/${exploreId}`);
    await expect(page.getByText("50 points were credited.")).toBeVisible();
    await page.getByLabel("Reason for reversing").fill("The photo shows another school's class.");
    await page.getByRole("button", { name: "Reverse approval" }).click();
    await expect(
      page.getByRole("checkbox", { name: "Yes, reverse this approval and take its points back." }),
    ).toHaveAccessibleDescription("Tick this box to confirm.");

    await page
      .getByRole("checkbox", { name: "Yes, reverse this approval and take its points back." })
      .check();
    await page.getByRole("button", { name: "Reverse approval" }).click();
    const result = page.getByRole("region", { name: "Approval reversed" });
    await expect(result).toContainText(`50 points taken back from ${explorer.user.name}.`);
    await expect(page.getByText("50 points were taken back.")).toBeVisible();
    await page.close();
  });

  test("an admin adds a manual points adjustment with a reason", async () => {
    const page = await admin.context.newPage();
    await page.goto(`/admin/users/${explorer.user.id}`);
    const adjustment = page.getByRole("region", { name: "Manual points adjustment" });
    await adjustment.getByLabel("Activity").selectOption({ label: "Amplify" });
    await adjustment.getByLabel("Points", { exact: true }).fill("15");
    await adjustment.getByRole("button", { name: "Add adjustment" }).click();
    await expect(adjustment.getByLabel("Reason")).toHaveAccessibleDescription(
      /Give the reason \(at least 3 characters\)\./,
    );

    await adjustment.getByLabel("Reason").fill("Ran a staff workshop that was not logged.");
    await adjustment.getByRole("button", { name: "Add adjustment" }).click();
    await expect(adjustment.getByRole("status")).toHaveText("Added 15 Amplify points.");
    await expect(
      page
        .getByRole("region", { name: "Recent activity" })
        .getByText(
          `${admin.user.name} (you) adjusted the Amplify points of ${explorer.user.name} by +15: “Ran a staff workshop that was not logged.”`,
        ),
    ).toBeVisible();
    await page.close();
  });

  test("an admin creates a manual badge, awards it and revokes it", async () => {
    const page = await admin.context.newPage();
    await page.goto("/admin/badges");
    await expect(page.getByRole("row", { name: /In-Class Innovator/ })).toContainText(
      "At least 1 approved Explore submission",
    );
    await expectNoAxeViolations(page);

    const form = page.getByRole("region", { name: "New badge" });
    await form.getByLabel("Code").fill(badgeCode.toLowerCase());
    await form.getByLabel("Name", { exact: true }).fill(badgeName);
    await form.getByLabel("Description").fill("Helped other educators get started.");
    // The criteria editor shows only what the kind needs; the server's schema judges it.
    await form.getByLabel("Earned when").selectOption({ label: "Total points" });
    await form.getByLabel("At least this many points").fill("-5");
    await form.getByRole("button", { name: "Create badge" }).click();
    await expect(form.getByLabel("At least this many points")).toHaveAttribute(
      "aria-invalid",
      "true",
    );
    await form.getByLabel("Earned when").selectOption({ label: "Awarded by an admin only" });
    await expect(form.getByLabel("At least this many points")).toHaveCount(0);
    await form.getByRole("button", { name: "Create badge" }).click();
    await expect(form.getByRole("status")).toHaveText(
      `Badge ${badgeCode} (“${badgeName}”) created.`,
    );
    await expect(page.getByRole("row", { name: new RegExp(badgeName) })).toContainText(
      "Awarded by an admin only",
    );

    await page.goto(`/admin/users/${explorer.user.id}`);
    const badges = page.getByRole("region", { name: "Badges" });
    await expect(badges.getByRole("button", { name: "Revoke In-Class Innovator" })).toBeVisible();
    await badges
      .getByLabel("Badge", { exact: true })
      .selectOption({ label: `${badgeName} (${badgeCode})` });
    await badges.getByRole("button", { name: "Award badge" }).click();
    await expect(badges.getByText("Badge awarded.")).toBeVisible();
    await expect(badges.getByRole("listitem").filter({ hasText: badgeName })).toBeVisible();

    await badges.getByRole("button", { name: `Revoke ${badgeName}` }).click();
    await expect(badges.getByText("Badge revoked.")).toBeVisible();
    await expect(badges.getByRole("listitem").filter({ hasText: badgeName })).toHaveCount(0);
    await page.close();
  });

  test("the Kajabi queue shows an unmatched event, which is credited once its contact is linked", async () => {
    const page = await admin.context.newPage();
    const contactId = `c-${run}`;
    const eventId = await sendKajabiEvent(page, contactId, `kajabi-${run}@example.test`);
    const strayId = await sendKajabiEvent(page, `c2-${run}`, `nobody-${run}@example.test`);

    await page.goto("/admin/kajabi?status=unmatched");
    await expect(
      page.getByRole("navigation", { name: "Filter events by status" }).getByRole("link", {
        name: /Unmatched/,
      }),
    ).toHaveAttribute("aria-current", "page");
    const row = page.getByRole("row", { name: new RegExp(eventId) });
    await expect(row).toContainText("Unmatched");
    await expect(row).toContainText(`kajabi-${run}@example.test`);
    await row.getByRole("button", { name: `Payload of event ${eventId}` }).click();
    await expect(page.locator("pre", { hasText: `"event_id": "${eventId}"` })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: `Reprocess event ${strayId}` }).click();
    await expect(page.getByText(`Event ${strayId} is still unmatched`)).toBeVisible();

    await page.getByLabel("Kajabi contact id").fill(contactId);
    await page.getByLabel("User’s handle or email").fill(explorer.user.handle);
    await page.getByRole("button", { name: "Link contact" }).click();
    await expect(
      page.getByText(`Contact ${contactId} is now linked to ${explorer.user.name}`),
    ).toBeVisible();

    await page.getByRole("button", { name: "Reprocess all unmatched" }).click();
    await expect(page.getByText(/^Reprocessed \d+ events?: .*still unmatched\.$/)).toBeVisible();

    await page.goto("/admin/kajabi?status=credited");
    const credited = page.getByRole("row", { name: new RegExp(eventId) });
    await expect(credited).toContainText("Credited");
    await expect(credited).toContainText("+10");
    await expect(credited.getByRole("link", { name: explorer.user.name })).toBeVisible();
    await page.close();
  });
});
