import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { signUpInBrowser, type Account } from "./browser-accounts";

/**
 * The public face: home, leaderboards, profiles and metrics, with data made through the
 * JSON API. The admin is the one ADMIN_EMAILS names in playwright.config.ts (shared with
 * admin-console.spec.ts, so it signs in when that file already created it).
 */

interface Person {
  account: Account;
  context: BrowserContext;
  user: { id: string; handle: string };
}

const PASSWORD = "a long enough passphrase";

async function signUp(browser: Browser, who: Account): Promise<Person> {
  // The admin's role needs its email verified (ADMIN_EMAILS, docs/product.md §2).
  return { account: who, ...(await signUpInBrowser(browser, who, { verify: who === ADMIN })) };
}
const ADMIN: Account = { name: "E2E Admin", email: "e2e-admin@example.test", password: PASSWORD };
const CRON_SECRET = "e2e-cron-secret";
/** Unique to this run: every name, school and cohort carries it, so searches isolate them. */
const tag = `pub${Date.now().toString(36)}`;
const school = `Northfield ${tag}`;
const cohort = `Cohort ${tag}`;

// A real 1×1 PNG, so the evidence image renders.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

function account(first: string): Account {
  return {
    name: `${first} ${tag}`,
    email: `${first.toLowerCase()}-${tag}@example.test`,
    password: PASSWORD,
  };
}

async function expectCreated(response: Awaited<ReturnType<BrowserContext["request"]["post"]>>) {
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()) as Record<string, unknown>;
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations).toEqual([]);
}

function leaderboardRow(page: Page, name: string) {
  return page
    .getByRole("table")
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name, exact: true }) });
}

async function rankOf(page: Page, name: string): Promise<number> {
  return Number(await leaderboardRow(page, name).getByRole("cell").first().innerText());
}

test.describe.serial("public pages", () => {
  let admin: Person;
  let ada: Person;
  let bea: Person;
  let cai: Person;
  let dan: Person;

  test.beforeAll(async ({ browser }) => {
    admin = await signUp(browser, ADMIN);
    ada = await signUp(browser, account("Ada"));
    bea = await signUp(browser, account("Bea"));
    cai = await signUp(browser, account("Cai"));
    dan = await signUp(browser, account("Dan"));
    const api = admin.context.request;

    await expectCreated(await api.patch(`/api/admin/users/${ada.user.id}`, { data: { school } }));
    for (const person of [bea, cai]) {
      await expectCreated(
        await api.patch(`/api/admin/users/${person.user.id}`, { data: { cohort } }),
      );
    }
    const adjustments: [Person, string, number][] = [
      [ada, "LEARN", 20],
      [ada, "EXPLORE", 100],
      [bea, "AMPLIFY", 60],
      [cai, "AMPLIFY", 60],
      [dan, "EXPLORE", 30],
    ];
    for (const [person, activity, points] of adjustments) {
      await expectCreated(
        await api.post("/api/admin/ledger", {
          data: { userId: person.user.id, activity, points, reason: "Public pages e2e" },
        }),
      );
    }

    // Ada shares one story publicly (with a picture of the post) and keeps one private.
    const upload = await expectCreated(
      await ada.context.request.post("/api/uploads", {
        multipart: { file: { name: "linkedin-post.png", mimeType: "image/png", buffer: PNG } },
      }),
    );
    const stories = [
      {
        visibility: "PUBLIC",
        caption: `Our class built an AI study buddy ${tag}`,
        files: [upload.key],
      },
      { visibility: "PRIVATE", caption: `A private reflection ${tag}`, files: [] },
    ];
    for (const story of stories) {
      const submission = await expectCreated(
        await ada.context.request.post("/api/submissions", {
          data: {
            activity: "PRESENT",
            visibility: story.visibility,
            attachments: story.files,
            payload: {
              linkedinUrl: `https://www.linkedin.com/posts/${tag}-${story.visibility.toLowerCase()}`,
              caption: story.caption,
            },
          },
        }),
      );
      const path = `/api/admin/submissions/${String(submission.id)}`;
      const { version } = await expectCreated(await api.get(path));
      await expectCreated(
        await api.post(`${path}/review`, { data: { action: "approve", version } }),
      );
    }

    const refresh = await api.post("/api/cron/refresh-leaderboards", {
      headers: { Authorization: `Bearer ${CRON_SECRET}` },
    });
    expect(refresh.ok(), await refresh.text()).toBe(true);
  });

  test.afterAll(async () => {
    await Promise.all([admin, ada, bea, cai, dan].map((person) => person?.context.close()));
  });

  test("the leaderboard tabs switch periods and show competition ranks", async ({ page }) => {
    await page.goto(`/leaderboard?q=${tag}`);
    const tabs = page.getByRole("navigation", { name: "Leaderboard period" });
    await expect(tabs.getByRole("link", { name: "All-time" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(page.getByText("Showing 1–4 of 4 educators")).toBeVisible();

    const adaRank = await rankOf(page, ada.account.name);
    const beaRank = await rankOf(page, bea.account.name);
    expect(beaRank).toBeGreaterThan(adaRank);
    // Bea and Cai tie on 60 points: they share a rank and the next one is skipped. Other
    // spec files' educators are on the same board (ranks are global), so Dan's rank may be
    // further down, never right after the tie.
    expect(await rankOf(page, cai.account.name)).toBe(beaRank);
    expect(await rankOf(page, dan.account.name)).toBeGreaterThanOrEqual(beaRank + 2);
    await expect(leaderboardRow(page, ada.account.name)).toContainText("140");
    await expect(leaderboardRow(page, ada.account.name)).toContainText("Century");

    await tabs.getByRole("link", { name: "Last 30 days" }).click();
    await expect(page).toHaveURL(/period=30d/);
    await expect(page).toHaveURL(new RegExp(`q=${tag}`));
    await expect(tabs.getByRole("link", { name: "Last 30 days" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(tabs.getByRole("link", { name: "All-time" })).not.toHaveAttribute("aria-current");
    await expect(page.getByRole("table").getByRole("row")).toHaveCount(5);
    expect(await rankOf(page, cai.account.name)).toBe(await rankOf(page, bea.account.name));
  });

  test("search and the cohort filter narrow the board in a shareable URL", async ({ page }) => {
    await page.goto("/leaderboard");
    await page.getByLabel("Search", { exact: true }).fill(ada.account.name);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(new RegExp(`q=Ada\\+${tag}`));
    await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);
    await expect(leaderboardRow(page, ada.account.name)).toBeVisible();

    // School is searched too.
    await page.goto(`/leaderboard?q=${encodeURIComponent(school)}`);
    await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);

    await page.getByLabel("Search", { exact: true }).fill("");
    await page.getByLabel("Cohort", { exact: true }).selectOption(cohort);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/cohort=Cohort\+/);
    await expect(page.getByRole("table").getByRole("row")).toHaveCount(3);
    await expect(leaderboardRow(page, bea.account.name)).toBeVisible();
    await expect(leaderboardRow(page, cai.account.name)).toBeVisible();

    await page.goto(`/leaderboard?q=nobody-${tag}`);
    await expect(
      page.getByRole("heading", { name: "No educators match your search" }),
    ).toBeVisible();
    await page.getByRole("link", { name: "Clear filters" }).first().click();
    await expect(page).toHaveURL(/\/leaderboard$/);
    await expect(page.getByRole("table")).toBeVisible();
  });

  test("a row links to the public profile: points, rank, badges, public evidence, no email", async ({
    page,
  }) => {
    await page.goto(`/leaderboard?q=${tag}`);
    await page.getByRole("link", { name: ada.account.name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/u/${ada.user.handle}$`));

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ada.account.name);
    await expect(page).toHaveTitle(`${ada.account.name} · LEAPS Tracker`);
    await expect(page.getByText(school)).toBeVisible();
    await expect(page.getByTestId("profile-points")).toHaveText("140");
    await expect(page.getByTestId("profile-rank")).toHaveText(/^#\d+$/);
    const badges = page.getByRole("region", { name: "Badges" });
    for (const badge of ["LEAPS Starter", "Century", "Community Voice"]) {
      await expect(badges.getByRole("heading", { name: badge })).toBeVisible();
    }

    const evidence = page.getByRole("region", { name: "Public evidence" });
    await expect(evidence.getByRole("article")).toHaveCount(1);
    await expect(evidence.getByText(`Our class built an AI study buddy ${tag}`)).toBeVisible();
    await expect(evidence.getByText(`A private reflection ${tag}`)).toHaveCount(0);
    const post = evidence.getByRole("link", { name: /linkedin\.com/ });
    await expect(post).toHaveAttribute("rel", "noopener noreferrer nofollow");
    const image = evidence.getByRole("img", { name: /linkedin-post\.png/ });
    await expect(image).toHaveAttribute("src", /^\/api\/files\//);
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);

    expect(await page.content()).not.toContain(ada.account.email);
    const og = (property: string) => page.locator(`meta[property="og:${property}"]`);
    await expect(og("title")).toHaveAttribute("content", `${ada.account.name} on LEAPS Tracker`);
    await expect(og("type")).toHaveAttribute("content", "profile");
    await expect(og("url")).toHaveAttribute("content", new RegExp(`/u/${ada.user.handle}$`));
    await expect(og("description")).toHaveAttribute(
      "content",
      /140 points · ranked #\d+ all-time · 3 badges/,
    );
  });

  test("an unknown handle answers 404", async ({ page }) => {
    const response = await page.goto(`/u/nobody-${tag}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();
    expect((await page.goto("/u/x"))?.status()).toBe(404);
  });

  test("a signed-in educator sees their own row, or their place pinned above the table", async () => {
    const page = await dan.context.newPage();
    await page.goto(`/leaderboard?q=${tag}`);
    // Served from the shared page cache: a style spliced in for Dan marks his row.
    const own = leaderboardRow(page, dan.account.name);
    await expect(own.getByText("You", { exact: true })).toBeVisible();
    await expect(own).toHaveCSS("background-color", "rgb(238, 247, 246)");
    const others = page.getByRole("row").filter({ hasNot: page.getByText(dan.account.name) });
    await expect(others.getByText("You", { exact: true }).filter({ visible: true })).toHaveCount(0);
    await expect(page.getByRole("region", { name: /Your place/ })).toHaveCount(0);

    await page.goto(`/leaderboard?q=${encodeURIComponent(ada.account.name)}`);
    const pinned = page.getByRole("region", { name: "Your place · All-time" });
    await expect(pinned).toContainText("30 points");
    await pinned.getByRole("link", { name: "Jump to my rank" }).click();
    await expect(page).toHaveURL(new RegExp(`#educator-${dan.user.handle}$`));
    await expect(page.locator(`#educator-${dan.user.handle}`)).toContainText(dan.account.name);
    await expect(page.locator(`#educator-${dan.user.handle}`)).toBeInViewport();

    await page.goto("/");
    await expect(page.getByRole("link", { name: "Go to your dashboard" }).first()).toBeVisible();
    await expect(
      page.getByRole("main").getByRole("link", { name: "Join the programme" }),
    ).toHaveCount(0);
    await page.close();
  });

  test("the home page shows live counters, the top five and a call to join", async ({ page }) => {
    await page.goto("/");
    const programme = page.getByRole("region", { name: "The programme so far" });
    for (const label of [
      "Educators",
      "Submissions approved",
      "Peers reached",
      "Students reached",
      "Stories shared",
      "Badges earned",
    ]) {
      await expect(programme.getByRole("term").filter({ hasText: label })).toBeVisible();
    }
    await expect(
      page.getByRole("main").getByRole("link", { name: "Join the programme" }),
    ).toHaveAttribute("href", "/sign-up");
    const topFive = page.getByRole("region", { name: "Top of the leaderboard" });
    const entries = topFive.getByRole("listitem");
    await expect(entries).not.toHaveCount(0);
    expect(await entries.count()).toBeLessThanOrEqual(5);
    await entries.first().getByRole("link").click();
    await expect(page).toHaveURL(/\/u\/[a-z0-9_-]+$/);
    await expect(page.getByTestId("profile-rank")).toHaveText("#1");
  });

  test("the metrics page shows the counters and charts with accessible names", async ({ page }) => {
    // The metrics are cached for up to a minute per server, and the server's start-up
    // check already loaded the home page: wait for a computation that includes this run.
    test.setTimeout(120_000);
    await page.goto("/metrics");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Programme metrics");
    await expect(async () => {
      await page.reload();
      await expect(page.getByRole("img", { name: "Points awarded by month" })).toBeVisible({
        timeout: 1_000,
      });
    }).toPass({ timeout: 90_000, intervals: [5_000] });
    for (const label of ["Educators", "Submissions approved", "Badges earned", "Points awarded"]) {
      await expect(page.getByRole("term").filter({ hasText: label })).toBeVisible();
    }
    for (const name of [
      "Submissions by activity and status",
      "Points awarded by activity",
      "Submissions and approvals by month",
      "Points awarded by month",
    ]) {
      await expect(page.getByRole("img", { name })).toBeVisible();
    }
    await page.getByText("Show the data as a table").first().click();
    await expect(
      page.getByRole("table", { name: "Submissions by activity and status" }),
    ).toBeVisible();
  });

  test("the public pages pass axe (WCAG 2 A and AA)", async ({ page }) => {
    for (const path of ["/", `/leaderboard?q=${tag}`, `/u/${ada.user.handle}`, "/metrics"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });

  test.describe("on a phone-sized screen", () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test("the leaderboard and metrics pass axe", async ({ page }) => {
      for (const path of [`/leaderboard?q=${tag}`, "/metrics"]) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        // The charts' data tables too, which may scroll sideways on a phone.
        for (const summary of await page.getByText("Show the data as a table").all()) {
          await summary.click();
        }
        await expectNoAxeViolations(page);
      }
    });
  });
});
