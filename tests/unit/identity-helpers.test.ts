import { describe, expect, test } from "vitest";
import { hashPassword, verifyPassword } from "../../src/server/auth/password";
import { readCookie } from "../../src/server/auth/session-cookie";
import { clientIp } from "../../src/server/http/client-ip";
import { changedFields } from "../../src/server/users/changed-fields";
import { checkRoleChange } from "../../src/server/users/check-role-change";
import { handleBase } from "../../src/server/users/generate-handle";
import { hasRole } from "../../src/server/users/roles";
import { HANDLE_PATTERN } from "../../src/server/users/user-fields";

describe("password hashing", () => {
  test("verifies the right password only; the same password hashes differently each time", async () => {
    const first = await hashPassword("correct horse battery");
    const second = await hashPassword("correct horse battery");
    expect(first).not.toBe(second);
    expect(await verifyPassword("correct horse battery", first)).toBe(true);
    expect(await verifyPassword("correct horse batterY", first)).toBe(false);
    expect(await verifyPassword("correct horse battery", "plain-text")).toBe(false);
  });
});

describe("handleBase", () => {
  test.each([
    ["Sári Öz", "sari-oz"],
    ["  Anna-Maria O'Neil ", "anna-maria-o-neil"],
    ["teacher.jane@school.org", "teacher-jane"],
    ["李", "educator"],
    ["Al", "al-educator"],
    ["__x__", "x-educator"],
    ["A very long name that goes on and on forever", "a-very-long-name-that-go"],
  ])("%s → %s", (source, handle) => {
    expect(handleBase(source)).toBe(handle);
    expect(handleBase(source)).toMatch(HANDLE_PATTERN);
  });
});

describe("checkRoleChange", () => {
  const admin = { id: "a", role: "ADMIN" as const };
  const superadmin = { id: "s", role: "SUPERADMIN" as const };
  test("an unchanged role is always fine, even for oneself", () => {
    expect(() => checkRoleChange(admin, admin, "ADMIN")).not.toThrow();
  });
  test("admins grant up to REVIEWER, never touch staff; superadmins may; nobody changes their own", () => {
    expect(() =>
      checkRoleChange(admin, { id: "p", role: "PARTICIPANT" }, "REVIEWER"),
    ).not.toThrow();
    expect(() => checkRoleChange(admin, { id: "p", role: "PARTICIPANT" }, "ADMIN")).toThrow(
      /superadmin/,
    );
    expect(() => checkRoleChange(admin, { id: "x", role: "ADMIN" }, "REVIEWER")).toThrow(
      /superadmin/,
    );
    expect(() =>
      checkRoleChange(superadmin, { id: "x", role: "ADMIN" }, "SUPERADMIN"),
    ).not.toThrow();
    expect(() => checkRoleChange(superadmin, superadmin, "ADMIN")).toThrow(/own role/);
    expect(() =>
      checkRoleChange({ id: "r", role: "REVIEWER" }, { id: "p", role: "PARTICIPANT" }, "REVIEWER"),
    ).toThrow(/Only admins/);
  });
  test("hasRole orders the roles", () => {
    expect(hasRole("ADMIN", "REVIEWER")).toBe(true);
    expect(hasRole("REVIEWER", "ADMIN")).toBe(false);
    expect(hasRole("SUPERADMIN", "SUPERADMIN")).toBe(true);
  });
});

describe("request helpers", () => {
  test("readCookie finds one cookie among several", () => {
    expect(readCookie("a=1; leaps_session=abc%3D; b=2", "leaps_session")).toBe("abc=");
    expect(readCookie(null, "leaps_session")).toBeUndefined();
  });
  test("clientIp: the right-most forwarded address (the socket's, with no proxy); never X-Real-IP", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }))).toBe(
      "203.0.113.9",
    );
    expect(clientIp(new Headers({ "x-real-ip": "198.51.100.1" }))).toBe("unknown");
    expect(clientIp(new Headers())).toBe("unknown");
  });
  test("changedFields keeps only what differs", () => {
    const at = new Date("2026-01-01T00:00:00Z");
    expect(changedFields({ a: 1, b: "x", at }, { a: 1, b: "y", at: new Date(at) })).toEqual({
      before: { b: "x" },
      after: { b: "y" },
    });
    expect(changedFields({ a: 1 }, { a: 1 })).toBeNull();
  });
});
