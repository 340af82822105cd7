import { describe, expect, it } from "vitest";
import { listUsersInput } from "@/server/users/list-users";
import { listHref } from "@/ui/lists/list-href";
import { listPageQuery, parseListPageQuery } from "@/ui/lists/list-query";
import { parseLeaderboardParams } from "@/ui/leaderboard/leaderboard-params";

const usersQuery = listPageQuery(listUsersInput, ["q", "role", "cohort"], 25);
const parse = (params: Record<string, string | string[] | undefined>) =>
  parseListPageQuery(usersQuery, params);

describe("list page query strings", () => {
  it("reads the filters the server list takes, and the page", () => {
    expect(parse({ q: "  ada ", role: "REVIEWER", cohort: "2026", page: "3" })).toEqual({
      q: "ada",
      role: "REVIEWER",
      cohort: "2026",
      page: 3,
    });
  });

  it("drops what the server schema refuses instead of failing", () => {
    expect(parse({ role: "KING", q: "x".repeat(101), page: "2" })).toEqual({
      q: undefined,
      role: undefined,
      cohort: undefined,
      page: 2,
    });
  });

  it("treats empty text as no filter and reads the first of a repeated parameter", () => {
    expect(parse({ q: "", role: ["ADMIN", "PARTICIPANT"] })).toMatchObject({
      q: undefined,
      role: "ADMIN",
    });
  });

  it("ignores parameters the list does not take", () => {
    expect(parse({ limit: "100", offset: "50" })).toEqual({
      q: undefined,
      role: undefined,
      cohort: undefined,
      page: 1,
    });
  });

  it.each([
    ["", 1],
    ["abc", 1],
    ["0", 1],
    ["-2", 1],
    ["2.5", 1],
    ["40001", 40_001],
    ["40002", 40_001],
    ["99999999999", 40_001],
  ])("page %j is page %i (the offset the server allows ends at page 40,001)", (raw, page) => {
    expect(parse({ page: raw }).page).toBe(page);
  });
});

describe("list links", () => {
  it("keep the filters in order, leave out empty ones and page 1", () => {
    expect(listHref("/admin/users", { q: "a b", role: undefined, cohort: "x&y" }, 2)).toBe(
      "/admin/users?q=a+b&cohort=x%26y&page=2",
    );
    expect(listHref("/admin/users", { q: "" }, 1)).toBe("/admin/users");
  });
});

describe("leaderboard query strings", () => {
  it("read the leaderboard API's own filters, forgivingly", () => {
    expect(parseLeaderboardParams({ period: "30d", q: " ada ", page: "2" })).toEqual({
      period: "30d",
      q: "ada",
      cohort: undefined,
      page: 2,
    });
    expect(parseLeaderboardParams({ period: "year", q: "   ", page: "x" })).toEqual({
      period: "all",
      q: undefined,
      cohort: undefined,
      page: 1,
    });
  });
});
