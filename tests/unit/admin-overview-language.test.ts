/** The overview's charts and the audit list speak the reader's language. */
import { createElement } from "react";
import { describe, expect, test } from "vitest";
import type { AdminAnalytics } from "../../src/server/analytics/get-admin-analytics";
import type { AuditEntryDto } from "../../src/server/users/get-user-as-admin";
import { AuditList } from "../../src/ui/admin/audit-list";
import { AnalyticsBreakdownCharts } from "../../src/ui/analytics/analytics-breakdown-charts";
import { AnalyticsWeeklyCharts } from "../../src/ui/analytics/analytics-weekly-charts";
import { renderInLocale } from "../helpers/intl";

const week = {
  pending: 1,
  approved: 1200,
  rejected: 0,
  reviewed: 3,
  backlog: 2,
  activeEducators: 4,
};
const analytics: AdminAnalytics = {
  filters: { from: "2026-03-02", to: "2026-03-15", cohort: null },
  totals: { submissions: 1201, approved: 1200, points: 1500, activeEducators: 4, pendingNow: 2 },
  timeToReview: { reviewed: 3, medianHours: 5.5, p90Hours: 60 },
  weeks: [
    { week: "2026-03-02", ...week },
    { week: "2026-03-09", ...week },
  ],
  pointsByActivity: [{ activity: "EXPLORE", name: "Explore", points: 1500, educators: 3 }],
  cohorts: [
    { cohort: null, educators: 5, activeEducators: 4, submissions: 2, approved: 1, points: 60 },
  ],
  cohortNames: [],
};

const charts = (locale: "en" | "id") =>
  renderInLocale(
    createElement("div", null, [
      createElement(AnalyticsWeeklyCharts, { analytics, key: "weekly" }),
      createElement(AnalyticsBreakdownCharts, { analytics, key: "breakdown" }),
    ]),
    locale,
  );

describe("the overview charts", () => {
  test("English: titles, week labels, numbers and waits", () => {
    const html = charts("en");
    expect(html).toContain("Submissions per week by status");
    expect(html).toMatch(/Week of [^<]*2026/);
    expect(html).toContain("2,402 submissions over 2 weeks.");
    expect(html).toContain("5.5 h");
    expect(html).toContain("2.5 days");
    expect(html).toContain("1,500 points credited in the range.");
    expect(html).toContain("No cohort");
  });

  test("Bahasa Indonesia: the same charts in Indonesian, numbers and dates the Indonesian way", () => {
    const html = charts("id");
    expect(html).toContain("Kiriman per minggu menurut status");
    expect(html).toContain("Minggu mulai 2 Mar 2026");
    expect(html).toContain("2.402 kiriman selama 2 minggu.");
    expect(html).toContain("5,5 jam");
    expect(html).toContain("2,5 hari");
    expect(html).toContain("1.500 poin diberikan dalam rentang ini.");
    expect(html).toContain("Tanpa angkatan");
    expect(html).toContain("Explore");
    for (const english of ["Submissions per week", "Week of", "Review backlog", "No cohort"]) {
      expect(html).not.toContain(english);
    }
  });
});

describe("the audit list", () => {
  const entry: AuditEntryDto = {
    id: "a1",
    actorId: "user_sari",
    action: "user.cohort_assigned",
    targetId: "user_budi",
    meta: { before: { cohort: null }, after: { cohort: "2026-A" } },
    createdAt: "2026-03-03T14:05:00.000Z",
    description: [
      { userId: "user_sari", label: "Sari Dewi" },
      " memasukkan ",
      { userId: "user_budi", label: "Budi Santoso" },
      " ke angkatan 2026-A",
    ],
  };

  test("the reader is named as themselves, changes and times in their language", () => {
    const html = renderInLocale(
      createElement(AuditList, { entries: [entry], viewerId: "user_sari" }),
      "id",
    );
    expect(html).toContain('href="/admin/users/user_sari">Sari Dewi (Anda)</a>');
    expect(html).toContain('href="/admin/users/user_budi">Budi Santoso</a>');
    expect(html).toContain("kosong");
    expect(html).toContain("diubah menjadi");
    expect(html).toContain("Entri mentah");
    expect(html).toContain("21.05");
    expect(html).not.toContain("(you)");
  });

  test("in English", () => {
    const html = renderInLocale(
      createElement(AuditList, { entries: [entry], viewerId: "user_sari" }),
    );
    expect(html).toContain("Sari Dewi (you)</a>");
    expect(html).toContain("Raw entry");
    expect(html).toContain("changed to");
  });
});
