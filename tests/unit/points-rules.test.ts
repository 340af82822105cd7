import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { ACTIVITY_CANON } from "../../src/server/activities/activity-canon";
import {
  AMPLIFY_MAX_PEERS,
  AMPLIFY_MAX_STUDENTS,
  AMPLIFY_WINDOW_DAYS,
  AMPLIFY_WINDOW_WORDING,
  amplifyPoints,
  amplifyQuote,
  amplifyRefusal,
  amplifyRemaining,
  amplifyWindow,
} from "../../src/server/activities/amplify-rules";
import {
  firstApprovedQuote,
  LEARN_POINTS_PER_COURSE,
  learnAdjustmentRefusal,
  learnCertificateQuote,
  learnCompleteRefusal,
  learnCourseCredit,
  learnCourseCreditReason,
  learnRoom,
  overrideBand,
  overrideRefusal,
  SEEDED_DEFAULT_POINTS,
  SHINE_QUOTE,
} from "../../src/server/activities/points-rules";
import { pointsRuleSummary, pointsRuleText } from "../../src/server/activities/points-wording";
import type { ErrorText } from "../../src/server/messages/error-text";
import { renderDetails, renderErrorText } from "../../src/server/messages/render-error-text";

/** A refusal as the English message logs and English pages show. */
const english = (text: ErrorText | undefined) => text && renderErrorText(text, "en");

const cap = 20;

describe("LEARN", () => {
  test.each([
    [0, 20],
    [10, 10],
    [19, 1],
    [20, 0],
    [25, 0],
  ])("with %i points the room under a cap of 20 is %i", (points, room) => {
    expect(learnRoom({ points, cap })).toBe(room);
  });

  test.each([
    [0, 10],
    [10, 10],
    [15, 5],
    [19, 1],
    [20, 0],
    [30, 0],
  ])("a course tag at %i points credits %i, never past the cap", (points, credit) => {
    expect(learnCourseCredit({ points, cap })).toBe(credit);
  });

  test("a course tag says why it credited less than its points, and only then", () => {
    expect(learnCourseCreditReason({ points: 0, cap }, 10)).toBeUndefined();
    expect(learnCourseCreditReason({ points: 15, cap }, 5)).toBe("clamped to the LEARN cap of 20");
    expect(learnCourseCreditReason({ points: 20, cap }, 0)).toBe("LEARN is capped at 20 points");
  });

  test("a certificate credits the whole room, or nothing at the cap", () => {
    expect(learnCertificateQuote({ points: 0, cap })).toEqual({
      points: 20,
      explanation: "Completes Learn: 20 points up to the cap of 20.",
    });
    expect(learnCertificateQuote({ points: 10, cap }).points).toBe(10);
    expect(learnCertificateQuote({ points: 19, cap }).points).toBe(1);
    expect(learnCertificateQuote({ points: 20, cap })).toEqual({
      points: 0,
      explanation: "Learn is already at its cap of 20 points.",
    });
    expect(learnCertificateQuote({ points: 25, cap }).points).toBe(0);
  });

  test("a certificate is refused at submission only once LEARN is full", () => {
    expect(learnCompleteRefusal({ points: 19, cap })).toBeUndefined();
    expect(english(learnCompleteRefusal({ points: 20, cap }))).toBe(
      "Your Learn points are complete (20 of 20).",
    );
    expect(english(learnCompleteRefusal({ points: 25, cap }))).toContain("(25 of 20)");
  });

  test("an admin's adjustment may fill the room exactly, not one point more", () => {
    expect(learnAdjustmentRefusal({ points: 15, cap }, 5)).toBeUndefined();
    expect(english(learnAdjustmentRefusal({ points: 15, cap }, 6))).toBe(
      "Learn is capped at 20; this user has 15, so at most 5 more.",
    );
    expect(english(learnAdjustmentRefusal({ points: 20, cap }, 1))).toContain("at most 0 more");
    expect(english(learnAdjustmentRefusal({ points: 25, cap }, 1))).toContain("at most 0 more");
  });
});

describe("EXPLORE and PRESENT", () => {
  test("the first approved earns default_points, later ones nothing", () => {
    const first = firstApprovedQuote({
      activityName: "Explore",
      defaultPoints: 50,
      alreadyApproved: false,
    });
    expect(first).toEqual({ points: 50, explanation: "First approved Explore: 50 points." });
    const later = firstApprovedQuote({
      activityName: "Present",
      defaultPoints: 20,
      alreadyApproved: true,
    });
    expect(later.points).toBe(0);
    expect(later.explanation).toContain("Only the first approved Present earns points");
  });

  test("SHINE earns no points", () => {
    expect(SHINE_QUOTE.points).toBe(0);
  });
});

describe("AMPLIFY", () => {
  test("2 points per peer and 1 per student", () => {
    expect(amplifyPoints({ peers: 3, students: 4 })).toBe(10);
    expect(amplifyPoints({ peers: 0, students: 0 })).toBe(0);
    expect(amplifyPoints({ peers: 50, students: 200 })).toBe(300);
  });

  test("the window of a session is d−6 … d+6, across month and year ends", () => {
    expect(AMPLIFY_WINDOW_DAYS).toBe(6);
    expect(amplifyWindow("2026-03-10")).toEqual({ from: "2026-03-04", to: "2026-03-16" });
    expect(amplifyWindow("2026-01-03")).toEqual({ from: "2025-12-28", to: "2026-01-09" });
    expect(amplifyWindow("2028-02-26")).toEqual({ from: "2028-02-20", to: "2028-03-03" });
  });

  test.each([
    ["2026-03-04", true],
    ["2026-03-03", false],
    ["2026-03-16", true],
    ["2026-03-17", false],
  ])("a session on %s shares the window of 2026-03-10: %s", (date, inside) => {
    const { from, to } = amplifyWindow("2026-03-10");
    expect(date >= from && date <= to).toBe(inside);
  });

  test("what remains is never negative", () => {
    expect(amplifyRemaining({ peers: 0, students: 0 })).toEqual({ peers: 50, students: 200 });
    expect(amplifyRemaining({ peers: 49, students: 199 })).toEqual({ peers: 1, students: 1 });
    expect(amplifyRemaining({ peers: 70, students: 250 })).toEqual({ peers: 0, students: 0 });
  });

  const quote = (reported: [number, number], used: [number, number]) =>
    amplifyQuote({
      sessionDate: "2026-03-10",
      reported: { peers: reported[0], students: reported[1] },
      used: { peers: used[0], students: used[1] },
    });

  test("an unclamped credit explains its sum and has no clamp", () => {
    expect(quote([3, 4], [0, 0])).toEqual({
      points: 10,
      explanation: "3 peers × 2 + 4 students × 1 = 10 points.",
    });
    const exactlyFull = quote([10, 100], [40, 100]);
    expect(exactlyFull.points).toBe(120);
    expect(exactlyFull).not.toHaveProperty("clamp");
  });

  test("a partly full window clamps to what remains and says so", () => {
    const partial = quote([20, 10], [40, 195]);
    expect(partial.points).toBe(10 * 2 + 5);
    expect(partial.clamp).toEqual({
      requestedPoints: 50,
      creditedPeers: 10,
      creditedStudents: 5,
      windowPeersUsed: 40,
      windowStudentsUsed: 195,
    });
    expect(partial.explanation).toContain("Clamped from 50");
    expect(partial.explanation).toContain(`${AMPLIFY_WINDOW_WORDING} 2026-03-10`);
  });

  test("a full window clamps to zero", () => {
    const zero = quote([20, 20], [50, 200]);
    expect(zero.points).toBe(0);
    expect(zero.clamp).toMatchObject({
      requestedPoints: 60,
      creditedPeers: 0,
      creditedStudents: 0,
    });
  });

  const refusal = (reported: [number, number], used: [number, number]) =>
    amplifyRefusal({
      sessionDate: "2026-03-10",
      reported: { peers: reported[0], students: reported[1] },
      used: { peers: used[0], students: used[1] },
    });

  test("submitting exactly what remains is allowed", () => {
    expect(refusal([10, 50], [40, 150])).toBeUndefined();
    expect(refusal([50, 200], [0, 0])).toBeUndefined();
  });

  test("submitting over what remains is refused, naming the limit, the span and what remains", () => {
    const over = refusal([21, 50], [30, 150]);
    const message = english(over?.message);
    expect(message).toContain(`${AMPLIFY_WINDOW_WORDING} 2026-03-10`);
    expect(message).toContain("2026-03-04 to 2026-03-16");
    expect(message).toContain("already report 30 peers and 150 students");
    expect(message).toContain(`at most ${AMPLIFY_MAX_PEERS} peers and ${AMPLIFY_MAX_STUDENTS}`);
    expect(message).toContain("20 peers and 50 students remain");
    expect(renderDetails(over?.details, "en")).toEqual([
      { path: "payload.peersTrained", message: "At most 20 more." },
    ]);
    expect(renderDetails(refusal([1, 201], [0, 0])?.details, "en")).toEqual([
      { path: "payload.studentsTrained", message: "At most 200 more." },
    ]);
    expect(refusal([1, 1], [50, 200])?.details).toHaveLength(2);
  });
});

describe("reviewer's override", () => {
  test.each([
    [0, 0, 0],
    [1, 1, 1],
    [2, 2, 2],
    [3, 2, 4],
    [10, 8, 12],
    [50, 40, 60],
    [37, 30, 44],
    [300, 240, 360],
  ])("credit %i may be overridden to %i … %i", (computed, low, high) => {
    expect(overrideBand(computed)).toEqual({ low, high });
    expect(overrideRefusal(computed, low)).toBeUndefined();
    expect(overrideRefusal(computed, high)).toBeUndefined();
    expect(overrideRefusal(computed, high + 1)).toBeDefined();
    if (low > 0) expect(overrideRefusal(computed, low - 1)).toBeDefined();
  });

  test("the refusal states the allowed range", () => {
    expect(english(overrideRefusal(50, 61))).toBe(
      "An override must be between 40 and 60 points (±20 % of 50).",
    );
    expect(english(overrideRefusal(50, 39))).toContain("between 40 and 60");
  });
});

describe("wording", () => {
  test("every activity's rule quotes the rule values, not stale numbers", () => {
    const learn = pointsRuleText.LEARN(20);
    expect(learn).toContain("Up to 20 points");
    expect(learn).toContain(`${LEARN_POINTS_PER_COURSE} for each course`);
    expect(learn).toContain("full 20");
    expect(pointsRuleText.LEARN(30)).toContain("Up to 30 points");
    expect(pointsRuleText.EXPLORE(60)).toMatch(/^60 points for your first approved Explore/);
    expect(pointsRuleText.PRESENT(25)).toMatch(/^25 points for your first approved Present/);
    const amplify = pointsRuleText.AMPLIFY();
    expect(amplify).toContain("from 6 days before to 6 days after each session");
    expect(amplify).toContain("at most 50 peers and 200 students");
    expect(amplify).toMatch(/^2 points per peer and 1 per student trained/);
    expect(amplify).not.toMatch(/7-day|7 days/);
  });

  test("the home page's LEARN summary agrees with a certificate filling the cap", () => {
    expect(pointsRuleSummary.LEARN(20)).toBe(
      "Up to 20 points: 10 per completed course, or all 20 with an approved certificate",
    );
    expect(pointsRuleSummary.AMPLIFY()).toBe("2 points per peer, 1 per student trained");
  });

  test("the activity canon quotes the seeded defaults", () => {
    expect(ACTIVITY_CANON.LEARN.pointsRule).toBe(pointsRuleText.LEARN(SEEDED_DEFAULT_POINTS.LEARN));
    expect(ACTIVITY_CANON.EXPLORE.pointsRule).toContain("50 points");
    expect(ACTIVITY_CANON.PRESENT.pointsRule).toContain("20 points");
  });

  test("the seeded defaults are the ones the seed migration writes", () => {
    const seed = readFileSync(
      path.resolve(import.meta.dirname, "../../drizzle/0003_seed.sql"),
      "utf8",
    );
    const seeded = Object.fromEntries(
      [...seed.matchAll(/\('([A-Z]+)', '[^']+', (\d+)\)/g)].map((row) => [row[1], Number(row[2])]),
    );
    expect(seeded).toEqual(SEEDED_DEFAULT_POINTS);
  });
});
