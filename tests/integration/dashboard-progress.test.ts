import { eq } from "drizzle-orm";
import { createElement } from "react";
import { describe, expect, test } from "vitest";
import { ACTIVITY_CODES } from "../../src/server/activities/activity-canon";
import { getDashboard, type Dashboard } from "../../src/server/dashboard/get-dashboard";
import { privileged } from "../../src/server/db/privileged";
import { users } from "../../src/server/db/schema";
import { ActivityProgress } from "../../src/ui/dashboard/activity-progress";
import { NextStepCard } from "../../src/ui/dashboard/next-step-card";
import { addPoints, createSubmission, createUser } from "../helpers/factories";
import { renderInLocale, textInLocale } from "../helpers/intl";
import { setupTestDatabase } from "../helpers/test-database";
import type { Locale } from "../../src/i18n/locales";

setupTestDatabase();

async function dashboardOf(userId: string): Promise<Dashboard> {
  const [row] = await privileged({ system: "test" }, (tx) =>
    tx.select().from(users).where(eq(users.id, userId)),
  );
  return getDashboard(row!);
}

/** The dashboard's cards as the page renders them, as plain text. */
function nextStepText(dashboard: Dashboard, locale: Locale = "en"): string {
  const find = (code: string | null) => dashboard.activities.find((row) => row.code === code);
  return textInLocale(
    createElement(NextStepCard, {
      next: find(dashboard.next),
      waiting: dashboard.activities.filter((row) => dashboard.waitingForReview?.includes(row.code)),
      allDone: dashboard.allDone,
    }),
    locale,
  );
}

function progressHtml(dashboard: Dashboard, locale: Locale = "en"): string {
  return renderInLocale(
    createElement(ActivityProgress, { activities: dashboard.activities, next: dashboard.next }),
    locale,
  );
}

describe("What's next", () => {
  test("every step only pending and no points: says what waits for review, not that all is done", async () => {
    const educator = await createUser();
    for (const activity of ACTIVITY_CODES) {
      await createSubmission({ user_id: educator.id, activity_code: activity, status: "PENDING" });
    }
    const dashboard = await dashboardOf(educator.id);
    expect(dashboard.totalPoints).toBe(0);
    expect(dashboard.allDone).toBe(false);
    expect(dashboard.waitingForReview).toEqual([...ACTIVITY_CODES]);
    const card = nextStepText(dashboard);
    expect(card).not.toContain("All five steps done");
    expect(card).toContain("Waiting for review");
    expect(card).toContain("Learn (1 submission), Explore (1 submission)");
  });

  test("all five earned from approved work: all done", async () => {
    const educator = await createUser();
    for (const activity of ACTIVITY_CODES) {
      await createSubmission({ user_id: educator.id, activity_code: activity, status: "APPROVED" });
    }
    const dashboard = await dashboardOf(educator.id);
    expect(dashboard.allDone).toBe(true);
    expect(nextStepText(dashboard)).toContain("All five steps done");
  });

  test("a next step to start is offered alongside the work waiting for review", async () => {
    const educator = await createUser();
    await createSubmission({ user_id: educator.id, activity_code: "LEARN", status: "PENDING" });
    const dashboard = await dashboardOf(educator.id);
    expect(dashboard.next).toBe("EXPLORE");
    const card = nextStepText(dashboard);
    expect(card).toContain("Submit Explore evidence");
    expect(card).toContain("Waiting for review: Learn (1 submission)");
  });
});

describe("progress cards", () => {
  test("an override above the target reads as points and the target reached, never 55 of 50", async () => {
    const educator = await createUser();
    await addPoints(educator.id, 55, { activity: "EXPLORE" });
    const html = progressHtml(await dashboardOf(educator.id));
    expect(html).not.toMatch(/55 of 50/);
    expect(html).toContain("55 points · target 50 reached");
  });

  test("below the target the ratio stays", async () => {
    const educator = await createUser();
    await addPoints(educator.id, 10, { activity: "LEARN" });
    const html = progressHtml(await dashboardOf(educator.id));
    expect(html).toContain("10 of 20 points");
    expect(html).toContain('Add evidence<span class="sr-only"> for Learn</span>');
  });

  test("Learn at its cap is done, says why, and offers no more evidence", async () => {
    const educator = await createUser();
    await addPoints(educator.id, 10, { activity: "LEARN" });
    await addPoints(educator.id, 10, { activity: "LEARN" });
    const dashboard = await dashboardOf(educator.id);
    const learn = dashboard.activities.find((row) => row.code === "LEARN")!;
    expect(learn.done).toBe(true);
    expect(learn.closed).toContain("at most 20 points");
    const html = progressHtml(dashboard);
    expect(html).not.toContain("for Learn</span>");
    expect(html).toContain("Learn is complete");
    expect(html).toContain("20 points · cap 20 reached");
  });

  test("a Learn certificate waiting for review closes the Learn form too", async () => {
    const educator = await createUser();
    await createSubmission({ user_id: educator.id, activity_code: "LEARN", status: "PENDING" });
    const learn = (await dashboardOf(educator.id)).activities.find((row) => row.code === "LEARN")!;
    expect(learn.done).toBe(false);
    expect(learn.closed).toContain("waiting for review");
    expect(progressHtml(await dashboardOf(educator.id))).not.toContain("for Learn</span>");
  });
});

describe("in Bahasa Indonesia", () => {
  test("the next step and the progress cards speak Indonesian, numbers and all", async () => {
    const educator = await createUser();
    await addPoints(educator.id, 10, { activity: "LEARN" });
    await createSubmission({ user_id: educator.id, activity_code: "EXPLORE", status: "PENDING" });
    const dashboard = await dashboardOf(educator.id);

    const card = nextStepText(dashboard, "id");
    expect(card).toContain("Langkah berikutnya");
    expect(card).toContain("Kirim bukti Learn");
    expect(card).toContain("Menunggu tinjauan: Explore (1 kiriman)");
    expect(card).toContain("Paling banyak 20 poin seluruhnya");
    expect(card).not.toMatch(/What’s next|Submit|submission/);

    const progress = progressHtml(dashboard, "id");
    expect(progress).toContain("10 dari 20 poin");
    expect(progress).toContain('Tambah bukti<span class="sr-only"> untuk Learn</span>');
    expect(progress).toContain("Langkah 1 dari 5:");
    expect(progress).toContain("0 disetujui · 1 menunggu");
    expect(progress).not.toMatch(/Add evidence|approved|of 20 points/);
  });

  test("a closed Learn says why in Indonesian", async () => {
    const educator = await createUser();
    await addPoints(educator.id, 20, { activity: "LEARN" });
    const progress = progressHtml(await dashboardOf(educator.id), "id");
    expect(progress).toContain("Learn sudah lengkap");
    expect(progress).toContain("20 poin · batas 20 tercapai");
    expect(progress).not.toContain("Learn is complete");
  });
});
