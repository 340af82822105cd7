import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { appUrl, signUpInBrowser, type SignedUp } from "./browser-accounts";
import { phrasesIn, telltalePhrases } from "./untranslated-text";

/**
 * Every main page in both languages (docs/product.md §14): with NEXT_LOCALE set, the page
 * says so in <html lang> and its visible text holds no phrase of the other language's
 * catalogue. Visitors, an educator and an admin each open the pages they can reach.
 */

const run = Date.now().toString(36);
const PASSWORD = "a long enough passphrase";
const ADMIN = { name: "E2E Admin", email: "e2e-admin@example.test", password: PASSWORD };
const LOCALES = ["en", "id"] as const;
const TELLTALES = { en: telltalePhrases("id"), id: telltalePhrases("en") };

async function setLocale(context: BrowserContext, locale: string) {
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: appUrl() }]);
}

/**
 * Opens each path in each language and collects what is wrong, so one run names it all.
 * `content` is text people wrote (badge names and descriptions), in whatever language
 * they wrote it: not the interface's words, so it is left out of the check.
 */
async function checkPages(context: BrowserContext, paths: string[], content: string[] = []) {
  const problems: string[] = [];
  const page = await context.newPage();
  for (const locale of LOCALES) {
    await setLocale(context, locale);
    for (const path of paths) {
      await page.goto(path);
      const lang = await page.locator("html").getAttribute("lang");
      if (lang !== { en: "en-GB", id: "id-ID" }[locale])
        problems.push(`${path} (${locale}): <html lang="${lang}">`);
      // Text marked as another language (a mail in its recipient's language) is content.
      const text = await page.evaluate((pageLang) => {
        const body = document.body.cloneNode(true) as HTMLElement;
        for (const element of body.querySelectorAll("[lang]")) {
          if (!element.getAttribute("lang")!.startsWith(pageLang)) element.remove();
        }
        document.documentElement.append(body);
        const visible = body.innerText;
        body.remove();
        return visible;
      }, locale);
      const words = content.reduce((rest, data) => rest.split(data).join(" "), text);
      for (const phrase of phrasesIn(words, TELLTALES[locale])) {
        problems.push(`${path} (${locale}): "${phrase}"`);
      }
    }
  }
  await page.close();
  expect(problems).toEqual([]);
}

async function firstLink(context: BrowserContext, path: string, prefix: string): Promise<string> {
  const page = await context.newPage();
  await page.goto(path);
  const href = await page.locator(`main a[href^="${prefix}"]`).first().getAttribute("href");
  await page.close();
  expect(href, `a link starting ${prefix} on ${path}`).toBeTruthy();
  return href!;
}

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

async function submitExplore(educator: SignedUp): Promise<string> {
  const upload = await educator.context.request.post("/api/uploads", {
    multipart: { file: { name: "kelas.png", mimeType: "image/png", buffer: PNG } },
  });
  const { key } = (await upload.json()) as { key: string };
  const created = await educator.context.request.post("/api/submissions", {
    data: {
      activity: "EXPLORE",
      visibility: "PUBLIC",
      attachments: [key],
      payload: {
        reflection:
          "Murid-murid membandingkan jawaban asisten AI dengan buku paket dan menemukan dua kesalahan yang lalu mereka perbaiki bersama. ".repeat(
            2,
          ),
        classDate: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
      },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  return ((await created.json()) as { id: string }).id;
}

test.describe.serial("every main page in English and in Bahasa Indonesia", () => {
  let admin: SignedUp;
  let educator: SignedUp;
  let approvedId: string;
  let pendingId: string;

  test.beforeAll(async ({ browser }: { browser: Browser }) => {
    admin = await signUpInBrowser(browser, ADMIN, { verify: true });
    educator = await signUpInBrowser(browser, {
      name: `Dewi Lestari ${run}`,
      email: `dewi-${run}@example.test`,
      password: PASSWORD,
    });
    approvedId = await submitExplore(educator);
    const detail = await admin.context.request.get(`/api/admin/submissions/${approvedId}`);
    const { version } = (await detail.json()) as { version: string };
    const review = await admin.context.request.post(`/api/admin/submissions/${approvedId}/review`, {
      data: { action: "approve", version },
    });
    expect(review.ok(), await review.text()).toBe(true);
    // A Present entry stays pending, for the review page.
    const pending = await educator.context.request.post("/api/submissions", {
      data: {
        activity: "PRESENT",
        visibility: "PRIVATE",
        payload: {
          linkedinUrl: "https://www.linkedin.com/posts/berbagi-praktik-baik-ai",
          caption: "Berbagi praktik baik memakai asisten AI di MGMP IPA kabupaten.",
        },
      },
    });
    expect(pending.status(), await pending.text()).toBe(201);
    pendingId = ((await pending.json()) as { id: string }).id;
  });

  test.afterAll(async () => {
    await Promise.all([admin, educator].map((who) => who?.context.close()));
  });

  test("public pages and sign-in pages, as a visitor", async ({ browser }) => {
    const visitor = await browser.newContext();
    const badge = await firstLink(educator.context, `/u/${educator.user.handle}`, "/badges/");
    await checkPages(visitor, [
      "/",
      "/leaderboard",
      "/leaderboard?period=30d",
      "/metrics",
      `/u/${educator.user.handle}`,
      badge,
      "/sign-in",
      "/sign-up",
      "/forgot-password",
      "/no-such-page",
    ]);
    await visitor.close();
  });

  test("the educator's pages", async () => {
    await checkPages(educator.context, [
      "/dashboard",
      "/dashboard/submit/learn",
      "/dashboard/submit/explore",
      "/dashboard/submit/amplify",
      "/dashboard/submit/present",
      "/dashboard/submit/shine",
      `/dashboard/submissions/${approvedId}`,
      "/settings/profile",
    ]);
  });

  test("the admin console", async () => {
    const mail = await firstLink(admin.context, "/admin/mail", "/admin/mail/");
    const badges = (await (await admin.context.request.get("/api/admin/badges")).json()) as {
      items?: { name: string; description: string }[];
    };
    const written = (badges.items ?? []).flatMap((badge) => [badge.name, badge.description]);
    expect(written.length).toBeGreaterThan(0);
    await checkPages(
      admin.context,
      [
        "/admin",
        "/admin/review",
        `/admin/review/${pendingId}`,
        "/admin/users",
        `/admin/users/${educator.user.id}`,
        "/admin/badges",
        "/admin/badges/CENTURY",
        "/admin/kajabi",
        "/admin/mail",
        mail,
        "/admin/audit",
        "/admin/activities",
        "/admin/exports",
      ],
      written,
    );
  });
});

test.describe("the header's language switcher, signed out, on a phone", () => {
  for (const javaScriptEnabled of [true, false]) {
    test(`switches the page it is on and back (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
      browser,
    }) => {
      const context = await browser.newContext({
        javaScriptEnabled,
        locale: "en-GB",
        viewport: { width: 375, height: 812 },
      });
      const page = await context.newPage();
      await page.goto("/leaderboard?period=30d");
      await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
      await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", "id-ID");
      await expect(page).toHaveURL(/\/leaderboard\?period=30d$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Papan peringkat");
      // The choice sticks: a fresh visit to another page is Indonesian too.
      await page.goto("/metrics");
      await expect(page.locator("html")).toHaveAttribute("lang", "id-ID");
      await page.getByRole("button", { name: "English" }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
      await expect(page).toHaveURL(/\/metrics$/);
      await context.close();
    });
  }
});
