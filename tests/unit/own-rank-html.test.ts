/** The leaderboard's personal slot (src/ui/leaderboard/own-rank-html.ts). */
import { describe, expect, test } from "vitest";
import { ownPlace, ownRankHtml, ownRowStyle } from "../../src/ui/leaderboard/own-rank-html";

const ranked = { handle: "ada_l-1", rank: 45, points: 1129 };

describe("the own-rank card", () => {
  test("rank, points and a jump to the page where the rank starts, in each language", () => {
    const english = ownRankHtml(ranked, "all", "en");
    expect(english).toContain('class="own-rank ');
    expect(english).toContain("Your place · All-time");
    expect(english).toMatch(/>#45<\/span> with <span[^>]*>1,129<\/span> points/);
    expect(english).toContain('href="/leaderboard?page=3#educator-ada_l-1"');
    const indonesian = ownRankHtml(ranked, "30d", "id");
    expect(indonesian).toContain("Posisi Anda · 30 hari terakhir");
    expect(indonesian).toContain(">1.129<");
    expect(indonesian).toContain('href="/leaderboard?period=30d&amp;page=3#educator-ada_l-1"');
  });

  test("an educator with no rank is told how to get one; staff get nothing", () => {
    expect(ownPlace(null, "PARTICIPANT")).toBe("unranked");
    expect(ownPlace(null, "REVIEWER")).toBeNull();
    expect(ownPlace(ranked, "ADMIN")).toBe(ranked);
    expect(ownRankHtml("unranked", "all", "en")).toContain("You are not on the leaderboard yet");
    expect(ownRankHtml("unranked", "30d", "en")).toContain("no points from the last 30 days");
    expect(ownRankHtml("unranked", "all", "en")).toContain('href="/dashboard"');
    expect(ownRankHtml(null, "all", "en")).toBe("");
  });
});

describe("the own-row style of the shared page", () => {
  test("marks the row, shows its label and hides the card when the row is on the page", () => {
    const style = ownRowStyle(ranked, "bm9uY2U=");
    expect(style).toMatch(/^<style nonce="bm9uY2U=">/);
    expect(style).toContain("#educator-ada_l-1{background-color:");
    expect(style).toContain("#educator-ada_l-1 .educator-you{display:inline}");
    expect(style).toContain("body:has(#educator-ada_l-1) .own-rank{display:none}");
  });

  test("nothing for the unranked, and never a handle that could leave the style sheet", () => {
    expect(ownRowStyle("unranked", "n")).toBe("");
    expect(ownRowStyle(null, "n")).toBe("");
    expect(ownRowStyle({ ...ranked, handle: "x}</style><script>" }, "n")).toBe("");
  });
});
