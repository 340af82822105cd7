import { describe, expect, test } from "vitest";
import { homePathForRole } from "../../src/server/auth/home-path-for-role";
import { primaryNavItems } from "../../src/ui/layout/primary-nav-items";

describe("where staff find their work", () => {
  test.each([
    ["PARTICIPANT", "/dashboard"],
    ["REVIEWER", "/admin/review"],
    ["ADMIN", "/admin/review"],
    ["SUPERADMIN", "/admin/review"],
  ] as const)("%s lands on %s after sign-in", (role, path) => {
    expect(homePathForRole(role)).toBe(path);
  });

  test.each([
    [null, null],
    ["PARTICIPANT", null],
    ["REVIEWER", { href: "/admin/review", key: "layout.nav.review", staff: "review" }],
    ["ADMIN", { href: "/admin", key: "layout.nav.admin", staff: "admin" }],
    ["SUPERADMIN", { href: "/admin", key: "layout.nav.admin", staff: "admin" }],
  ] as const)("the main navigation of %s offers %o", (role, console) => {
    const items = primaryNavItems(role);
    expect(items.slice(0, 4).map((item) => item.key)).toEqual([
      "layout.nav.home",
      "layout.nav.leaderboard",
      "layout.nav.metrics",
      "layout.nav.dashboard",
    ]);
    expect(items[4] ?? null).toEqual(console);
  });
});
