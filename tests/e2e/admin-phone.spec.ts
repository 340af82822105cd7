import { createHmac } from "node:crypto";
import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { signUpInBrowser } from "./browser-accounts";

/**
 * The admin console on a 390 px phone: nothing scrolls sideways, tables are cards, and
 * the audit list names people instead of showing their ids. Uses the console's admin
 * (made SUPERADMIN by ADMIN_EMAILS, see playwright.config.ts).
 */

const run = Date.now().toString(36);
const PASSWORD = "a long enough passphrase";
const ADMIN = { name: "E2E Admin", email: "e2e-admin@example.test", password: PASSWORD };
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);
const PHONE = { width: 390, height: 844 };

interface SignedUp {
  context: BrowserContext;
  user: { id: string; name: string; email: string };
}

async function signUp(
  browser: Browser,
  who: { name: string; email: string; password: string },
): Promise<SignedUp> {
  // Both need a verified email: the admin for its role (ADMIN_EMAILS), the educator for
  // the Kajabi credit below (docs/product.md §2, §6).
  return signUpInBrowser(browser, who, { viewport: PHONE, verify: true });
}

async function post(context: BrowserContext, url: string, data: unknown) {
  const response = await context.request.post(url, { data });
  expect(response.ok(), await response.text()).toBe(true);
  return response.json();
}

function kajabiEvent(eventId: string, email: string): { body: string; signature: string } {
  const body = JSON.stringify({
    event_id: eventId,
    event_type: "contact.tagged",
    created_at: new Date().toISOString(),
    contact: { id: `c-${eventId}`, email },
    tag: { name: "elevate-ai-1-completed" },
  });
  return {
    body,
    signature: createHmac("sha256", "e2e-kajabi-secret").update(body, "utf8").digest("hex"),
  };
}

test.describe.serial("the admin console on a phone", () => {
  let admin: SignedUp;
  let educator: SignedUp;

  test.beforeAll(async ({ browser }) => {
    admin = await signUp(browser, ADMIN);
    educator = await signUp(browser, {
      name: `Budi Santoso ${run}`,
      email: `budi-${run}@example.test`,
      password: PASSWORD,
    });
    const upload = await educator.context.request.post("/api/uploads", {
      multipart: { file: { name: "class-photo.png", mimeType: "image/png", buffer: PNG } },
    });
    expect(upload.status()).toBe(201);
    const { key } = (await upload.json()) as { key: string };
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const { id } = await post(educator.context, "/api/submissions", {
      activity: "EXPLORE",
      visibility: "PRIVATE",
      attachments: [key],
      payload: {
        reflection:
          "My Year 8 class asked an AI assistant to draft debate questions, then compared them with their own and found what it missed about our town, which started a long discussion.",
        classDate: yesterday,
      },
    });
    const detail = await admin.context.request.get(`/api/admin/submissions/${id}`);
    const { version } = (await detail.json()) as { version: string };
    await post(admin.context, `/api/admin/submissions/${id}/review`, {
      action: "approve",
      version,
    });
    const event = kajabiEvent(`evt_phone_${run}`, educator.user.email);
    for (let i = 0; i < 2; i++) {
      const response = await admin.context.request.post("/api/kajabi/webhook", {
        data: event.body,
        headers: { "Content-Type": "application/json", "X-Kajabi-Signature": event.signature },
      });
      expect(await response.json()).toEqual({ status: i === 0 ? "credited" : "duplicate" });
    }
  });

  test.afterAll(async () => {
    await Promise.all([admin, educator].map((who) => who?.context.close()));
  });

  for (const path of ["/admin/kajabi", "/admin/review", "/admin/users/:educator"]) {
    test(`${path} fits a 390 px screen`, async () => {
      const page = await admin.context.newPage();
      await page.goto(path.replace(":educator", encodeURIComponent(educator.user.id)));
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(PHONE.width);
      await page.close();
    });
  }

  test("the Kajabi page names the matched user and counts the repeated delivery", async () => {
    const page = await admin.context.newPage();
    await page.goto("/admin/kajabi");
    const duplicate = page
      .getByRole("navigation", { name: "Filter events by status" })
      .getByRole("link", { name: /Duplicate/ });
    await expect(duplicate).toContainText(/[1-9] sent again/);
    const row = page.locator("tr", { hasText: `evt_phone_${run}` });
    await expect(row.getByRole("link", { name: educator.user.name })).toHaveAttribute(
      "href",
      `/admin/users/${educator.user.id}`,
    );
    await page.close();
  });

  test("an audit entry names the people, with the raw ids on demand", async () => {
    const page = await admin.context.newPage();
    await page.goto(`/admin/users/${encodeURIComponent(educator.user.id)}`);
    const entry = page
      .getByRole("region", { name: "Recent activity" })
      .getByRole("listitem")
      .filter({ hasText: "approved Explore evidence of" });
    await expect(entry).toContainText(
      `${admin.user.name} (you) approved Explore evidence of ${educator.user.name} (+50 points)`,
    );
    await expect(entry.getByRole("link", { name: educator.user.name })).toHaveAttribute(
      "href",
      `/admin/users/${educator.user.id}`,
    );
    await expect(entry.getByText(admin.user.id)).toBeHidden();
    await entry.getByText("Raw entry").click();
    await expect(entry.getByText(admin.user.id)).toBeVisible();
    await page.close();
  });
});
