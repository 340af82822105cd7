import { describe, expect, test } from "vitest";
import { checkLocalDate, localDateText, parseLocalDate } from "../../../src/i18n/parse-local-date";

describe("parseLocalDate", () => {
  test.each([
    ["31/03/2026", "2026-03-31"],
    ["1/3/2026", "2026-03-01"],
    ["01-03-2026", "2026-03-01"],
    ["1.3.2026", "2026-03-01"],
    ["  29/02/2024 ", "2024-02-29"],
    ["2026-03-31", "2026-03-31"],
    ["2026-3-1", "2026-03-01"],
  ])("reads %j as %s (day first, or ISO)", (text, iso) => {
    expect(parseLocalDate(text)).toEqual({ iso });
  });

  test("reads the day first, never the US month first", () => {
    expect(parseLocalDate("04/05/2026")).toEqual({ iso: "2026-05-04" });
    expect(parseLocalDate("12/31/2026")).toEqual({ problem: "impossible" });
  });

  test.each(["31/04/2026", "29/02/2026", "00/01/2026", "15/13/2026", "2026-02-30", "0/0/0000"])(
    "calls %j impossible",
    (text) => {
      expect(parseLocalDate(text)).toEqual({ problem: "impossible" });
    },
  );

  test.each(["31/03/26", "31 March 2026", "31/03-2026", "2026/03/31", "tomorrow", "3103 2026"])(
    "calls %j the wrong format",
    (text) => {
      expect(parseLocalDate(text)).toEqual({ problem: "format" });
    },
  );

  test("calls blank text empty", () => {
    expect(parseLocalDate("   ")).toEqual({ problem: "empty" });
  });
});

describe("checkLocalDate", () => {
  const bounds = { min: "2026-01-01", max: "2026-03-31" };

  test("accepts the bounds themselves", () => {
    expect(checkLocalDate("1/1/2026", bounds)).toEqual({ iso: "2026-01-01" });
    expect(checkLocalDate("31.03.2026", bounds)).toEqual({ iso: "2026-03-31" });
  });

  test("says which bound a date is past", () => {
    expect(checkLocalDate("31/12/2025", bounds)).toEqual({ problem: "tooEarly" });
    expect(checkLocalDate("01/04/2026", bounds)).toEqual({ problem: "tooLate" });
  });

  test("reports a bad date before any bound", () => {
    expect(checkLocalDate("31/02/2026", bounds)).toEqual({ problem: "impossible" });
  });
});

describe("localDateText", () => {
  test("shows an ISO date day first and leaves other text alone", () => {
    expect(localDateText("2026-03-31")).toBe("31/03/2026");
    expect(localDateText("31/3/20")).toBe("31/3/20");
    expect(localDateText("")).toBe("");
  });
});
