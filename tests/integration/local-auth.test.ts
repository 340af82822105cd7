/** Local accounts (AUTH_PROVIDER=local): sign-up, sign-in, sessions, sign-out, origin check (limits: sign-in-limits.test.ts). */
import { eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, test } from "vitest";
import { POST as signIn } from "../../src/app/api/auth/sign-in/route";
import { POST as signOut } from "../../src/app/api/auth/sign-out/route";
import { POST as signUpRoute } from "../../src/app/api/auth/sign-up/route";
import { GET as me } from "../../src/app/api/me/route";
import { privileged } from "../../src/server/db/privileged";
import { queryRows } from "../../src/server/db/query-rows";
import { audit_log, credentials, users } from "../../src/server/db/schema";
import { PASSWORD, signUp, uniqueEmail } from "../helpers/accounts";
import { call, cookieFrom } from "../helpers/http";
import { setupTestDatabase } from "../helpers/test-database";

const database = setupTestDatabase();

const countUsers = async () =>
  (await queryRows<{ n: number }>(database(), "SELECT count(*)::int AS n FROM users"))[0]!.n;

afterEach(() => {
  delete process.env.ADMIN_EMAILS;
  delete process.env.AUTH_PROVIDER;
});

describe("sign-up", () => {
  test("the first account becomes SUPERADMIN (audited); later ones are participants", async () => {
    const first = await signUp("First Admin");
    expect(first.user.role).toBe("SUPERADMIN");
    const audit = await privileged({ system: "test" }, (tx) =>
      tx.select().from(audit_log).where(eq(audit_log.target_id, first.user.id)),
    );
    expect(audit.map((row) => row.action)).toEqual(["user.bootstrap_superadmin"]);
    const second = await signUp("Second Person");
    expect(second.user.role).toBe("PARTICIPANT");
  });

  // ADMIN_EMAILS elevates only a verified email: email-verification.test.ts.
  test("an ADMIN_EMAILS address signs up as a PARTICIPANT until it is verified", async () => {
    const email = uniqueEmail("boss");
    process.env.ADMIN_EMAILS = `someone@else.test, ${email.toUpperCase()}`;
    const { user } = await signUp("The Boss", email);
    expect(user.role).toBe("PARTICIPANT");
  });

  test("201 with the user, an httpOnly SameSite=Lax session cookie, not Secure outside production", async () => {
    const response = await call(signUpRoute, "POST", "/api/auth/sign-up", {
      body: { email: "  Mixed.Case@Example.TEST ", password: PASSWORD, name: "Sári Öz" },
    });
    expect(response.status).toBe(201);
    expect(response.body.user).toMatchObject({
      email: "mixed.case@example.test",
      name: "Sári Öz",
      handle: "sari-oz",
    });
    expect(response.body.user.id).toMatch(/^user_[0-9A-Za-z]{27}$/);
    const cookie = response.headers.get("set-cookie")!;
    expect(cookie).toMatch(
      /^leaps_session=[\w-]{43}; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax$/,
    );
  });

  test("handles are generated unique from the name", async () => {
    const again = await signUp("Sári Öz");
    expect(again.user.handle).toBe("sari-oz-2");
  });

  test("passwords are kept as Argon2id hashes (OWASP parameters) in credentials, never in users", async () => {
    const { user } = await signUp();
    const [row] = await privileged({ system: "test" }, (tx) =>
      tx.select().from(credentials).where(eq(credentials.user_id, user.id)),
    );
    expect(row!.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row!.password_hash).not.toContain(PASSWORD);
  });

  test("an email already registered (in any case) → 409, nothing written", async () => {
    const { user } = await signUp();
    const before = await countUsers();
    const response = await call(signUpRoute, "POST", "/api/auth/sign-up", {
      body: { email: user.email.toUpperCase(), password: PASSWORD, name: "Twin" },
    });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe("CONFLICT");
    expect(await countUsers()).toBe(before);
  });

  test.each([
    [
      "a 9-character password",
      { email: "a@example.test", password: "123456789", name: "A" },
      "password",
    ],
    ["no name", { email: "a@example.test", password: PASSWORD, name: "  " }, "name"],
    ["a malformed email", { email: "not-an-email", password: PASSWORD, name: "A" }, "email"],
    ["a missing email", { password: PASSWORD, name: "A" }, "email"],
  ])("%s → 400 naming the field, nothing written", async (_label, body, field) => {
    const before = await countUsers();
    const response = await call(signUpRoute, "POST", "/api/auth/sign-up", { body });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("VALIDATION_FAILED");
    expect(response.body.error.details.map((d: { path: string }) => d.path)).toContain(field);
    expect(await countUsers()).toBe(before);
  });

  test("a 10-character password is enough", async () => {
    const response = await call(signUpRoute, "POST", "/api/auth/sign-up", {
      body: { email: uniqueEmail(), password: "1234567890", name: "Ten" },
    });
    expect(response.status).toBe(201);
  });

  test("invalid JSON → 400, an oversized body → 413", async () => {
    const invalid = await call(signUpRoute, "POST", "/api/auth/sign-up", { rawBody: "{nope" });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.code).toBe("VALIDATION_FAILED");
    const huge = await call(signUpRoute, "POST", "/api/auth/sign-up", {
      body: { email: uniqueEmail(), password: PASSWORD, name: "x".repeat(70_000) },
    });
    expect(huge.status).toBe(413);
  });

  test("in clerk mode the local endpoints do not exist", async () => {
    process.env.AUTH_PROVIDER = "clerk";
    process.env.CLERK_JWT_KEY = "-----BEGIN PUBLIC KEY-----\nunused\n-----END PUBLIC KEY-----";
    try {
      const response = await call(signUpRoute, "POST", "/api/auth/sign-up", {
        body: { email: uniqueEmail(), password: PASSWORD, name: "Nope" },
      });
      expect(response.status).toBe(404);
    } finally {
      delete process.env.CLERK_JWT_KEY;
    }
  });
});

describe("sign-in, /api/me and sign-out", () => {
  test("the right password opens a session that /api/me recognises", async () => {
    const { user } = await signUp("Returning Teacher");
    const response = await call(signIn, "POST", "/api/auth/sign-in", {
      body: { email: user.email, password: PASSWORD },
    });
    expect(response.status).toBe(200);
    expect(response.body.user.id).toBe(user.id);
    const profile = await call(me, "GET", "/api/me", { cookie: cookieFrom(response.headers) });
    expect(profile.status).toBe(200);
    expect(profile.body).toEqual({
      id: user.id,
      handle: user.handle,
      name: "Returning Teacher",
      email: user.email,
      role: "PARTICIPANT",
      school: null,
      cohort: null,
      avatarUrl: null,
      kajabiContactId: null,
      createdAt: expect.any(String),
      points: 0,
      publicProfile: true,
      emailVerified: false,
    });
    expect(profile.headers.get("cache-control")).toBe("private, no-store");
  });

  test("/api/me counts the user's points from the ledger", async () => {
    const { user, cookie } = await signUp();
    await privileged({ system: "test" }, (tx) =>
      tx.execute(sql`INSERT INTO points_ledger (user_id, activity_code, source, delta_points)
                     VALUES (${user.id}, 'EXPLORE', 'MANUAL', 50), (${user.id}, 'LEARN', 'WEBHOOK', 10)`),
    );
    expect((await call(me, "GET", "/api/me", { cookie })).body.points).toBe(60);
  });

  test("unknown email and wrong password get the same 401", async () => {
    const { user } = await signUp();
    const wrong = await call(signIn, "POST", "/api/auth/sign-in", {
      body: { email: user.email, password: "wrong password!" },
    });
    const unknown = await call(signIn, "POST", "/api/auth/sign-in", {
      body: { email: uniqueEmail("nobody"), password: PASSWORD },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.headers.get("set-cookie")).toBeNull();
  });

  test("/api/me without a session, or with a made-up one → 401", async () => {
    expect((await call(me, "GET", "/api/me")).status).toBe(401);
    expect((await call(me, "GET", "/api/me", { cookie: "leaps_session=made-up" })).status).toBe(
      401,
    );
  });

  test("sign-out really ends the session: the old cookie no longer works", async () => {
    const { cookie } = await signUp();
    expect((await call(me, "GET", "/api/me", { cookie })).status).toBe(200);
    const response = await call(signOut, "POST", "/api/auth/sign-out", { cookie });
    expect(response.status).toBe(204);
    expect(response.headers.get("set-cookie")).toMatch(
      /^leaps_session=; Path=\/; Max-Age=0; HttpOnly; SameSite=Lax$/,
    );
    expect((await call(me, "GET", "/api/me", { cookie })).status).toBe(401);
  });
});

describe("origin check on unsafe requests", () => {
  test("a foreign Origin is refused with 403; the same origin and no Origin are allowed", async () => {
    const { user } = await signUp();
    const body = { email: user.email, password: PASSWORD };
    const foreign = await call(signIn, "POST", "/api/auth/sign-in", {
      headers: { origin: "https://evil.example", host: "localhost:3000" },
      body,
    });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.code).toBe("FORBIDDEN");
    const same = await call(signIn, "POST", "/api/auth/sign-in", {
      headers: { origin: "http://localhost:3000", host: "localhost:3000" },
      body,
    });
    expect(same.status).toBe(200);
    expect((await call(signIn, "POST", "/api/auth/sign-in", { body })).status).toBe(200);
  });
});

describe("what is stored", () => {
  test("emails are stored lower-cased and users.id looks like Clerk's", async () => {
    const { user } = await signUp("Case", "UPPER-CASE@Example.TEST");
    const [row] = await privileged({ system: "test" }, (tx) =>
      tx.select().from(users).where(eq(users.id, user.id)),
    );
    expect(row!.email).toBe("upper-case@example.test");
  });
});
