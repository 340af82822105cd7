/**
 * Sign-in's `next` parameter is resolved with the URL parser and must stay on this
 * origin: every value below once was, or could be, an open redirect.
 */
import { describe, expect, test } from "vitest";
import { safeNextPath } from "../../src/server/http/safe-next-path";

const REFUSED = [
  "/\t/evil.com",
  "/%09/evil.com".replace("%09", "\t"),
  "/\n/evil.com",
  "/\r\n/evil.com",
  "//evil.com",
  "///evil.com",
  "/\\evil.com",
  "/\\/evil.com",
  "\\\\evil.com",
  "/.//evil.com",
  "/./\\evil.com",
  "https://evil.com",
  "http:evil.com",
  "HTTPS://evil.com/dashboard",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "//user:pass@evil.com",
  "https://app.invalid@evil.com",
  "evil.com",
  "dashboard",
  "",
  " /dashboard",
  "/dash\u0000board",
  "/dash\u0007board",
  "/dash\u007fboard",
  "\u0000/dashboard",
];

const KEPT: [string, string][] = [
  ["/dashboard", "/dashboard"],
  ["/admin/review?status=SUBMITTED", "/admin/review?status=SUBMITTED"],
  ["/u/ada#top", "/u/ada"],
  ["/%2F%2Fevil.com", "/%2F%2Fevil.com"],
  ["/%5Cevil.com", "/%5Cevil.com"],
  ["/a/../b", "/b"],
  ["/é", "/%C3%A9"],
];

describe("safeNextPath", () => {
  test.each(REFUSED.map((value) => [JSON.stringify(value), value]))(
    "%s falls back to the dashboard",
    (_label, value) => {
      expect(safeNextPath(value)).toBe("/dashboard");
    },
  );

  test.each(KEPT)("%s stays on this site as %s", (value, expected) => {
    expect(safeNextPath(value)).toBe(expected);
  });

  test("anything but a string falls back to the dashboard", () => {
    for (const value of [undefined, null, 42, ["/admin"], { next: "/admin" }]) {
      expect(safeNextPath(value)).toBe("/dashboard");
    }
  });

  test("what it returns is always a same-origin path for a browser", () => {
    for (const value of [...REFUSED, ...KEPT.map(([input]) => input)]) {
      const result = safeNextPath(value);
      const resolved = new URL(result, "https://leaps.example");
      expect(resolved.origin, JSON.stringify(value)).toBe("https://leaps.example");
      expect(result.startsWith("/") && !result.startsWith("//")).toBe(true);
    }
  });
});
