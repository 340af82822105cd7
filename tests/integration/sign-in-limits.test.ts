/** Local accounts under attack (docs/product.md §2): sign-in back-off, sign-up limits, password hashes. */
import { randomBytes, scryptSync } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, test } from "vitest";
import { POST as signIn } from "../../src/app/api/auth/sign-in/route";
import { POST as signUpRoute } from "../../src/app/api/auth/sign-up/route";
import { privileged } from "../../src/server/db/privileged";
import { queryRows } from "../../src/server/db/query-rows";
import { credentials } from "../../src/server/db/schema";
import { PASSWORD, signUp, uniqueEmail } from "../helpers/accounts";
import { call } from "../helpers/http";
import { setupTestDatabase } from "../helpers/test-database";

const database = setupTestDatabase();

beforeAll(async () => {
  // Clients are told apart by X-Forwarded-For: the tests play the one proxy in front.
  process.env.TRUST_PROXY_HOPS = "1";
  await signUp("Bootstrap Admin");
});

const signInFrom = (client: string, email: string, password: string) =>
  call(signIn, "POST", "/api/auth/sign-in", {
    headers: { "x-forwarded-for": client },
    body: { email, password },
  });

/** Moves a client's recorded attempts into the past, as if that much time had gone by. */
const letTimePass = (client: string, seconds: number) =>
  queryRows(
    database(),
    sql`UPDATE sign_in_attempts SET created_at = created_at - make_interval(secs => ${seconds})
        WHERE ip = ${client}`,
  );

const retryAfter = (response: { headers: Headers }) => Number(response.headers.get("retry-after"));

describe("sign-in: failures count per (email, client) and per client", () => {
  test("a stranger's wrong guesses never lock the owner out from their own client", async () => {
    const { user } = await signUp();
    const stranger = "198.51.100.7";
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++)
      statuses.push((await signInFrom(stranger, user.email, `wrong-${i}-password`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    // The stranger's client waits, even with the right password…
    expect((await signInFrom(stranger, user.email, PASSWORD)).status).toBe(429);
    // …the owner does not.
    expect((await signInFrom("203.0.113.50", user.email, PASSWORD)).status).toBe(200);
  });

  test("after 5 failures the wait doubles with each further failure; a success starts over", async () => {
    const { user } = await signUp();
    const client = "198.51.100.20";
    for (let i = 0; i < 5; i++)
      expect((await signInFrom(client, user.email, "wrong password")).status).toBe(401);
    const waits: number[] = [];
    for (const elapsed of [61, 121, 241]) {
      const refused = await signInFrom(client, user.email, "wrong password");
      expect(refused.status).toBe(429);
      expect(refused.body.error.code).toBe("RATE_LIMITED");
      waits.push(retryAfter(refused));
      await letTimePass(client, elapsed);
      expect((await signInFrom(client, user.email, "wrong password")).status).toBe(401);
    }
    expect(waits[0]).toBeGreaterThan(0);
    expect(waits[0]).toBeLessThanOrEqual(60);
    expect(waits[1]).toBeGreaterThan(60);
    expect(waits[1]).toBeLessThanOrEqual(120);
    expect(waits[2]).toBeGreaterThan(120);
    expect(waits[2]).toBeLessThanOrEqual(240);
    const last = await signInFrom(client, user.email, PASSWORD);
    expect(last.status).toBe(429);
    expect(retryAfter(last)).toBeGreaterThan(240);
    await letTimePass(client, 481);
    expect((await signInFrom(client, user.email, PASSWORD)).status).toBe(200);
    expect((await signInFrom(client, user.email, "wrong password")).status).toBe(401);
  });

  test("parallel wrong guesses from one client are counted one by one: 5 reach the check", async () => {
    const { user } = await signUp();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        signInFrom("203.0.113.77", user.email, `guess-${i}-wrong`),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
  });

  test("30 failures from one client in 15 minutes stop that client for every email", async () => {
    const client = "192.0.2.99";
    for (let i = 0; i < 30; i++) await signInFrom(client, uniqueEmail("spray"), "wrong password");
    const { user } = await signUp();
    const fromThere = await signInFrom(client, user.email, PASSWORD);
    expect(fromThere.status).toBe(429);
    expect(retryAfter(fromThere)).toBeGreaterThan(0);
    expect(retryAfter(fromThere)).toBeLessThanOrEqual(900);
    expect((await signInFrom("192.0.2.100", user.email, PASSWORD)).status).toBe(200);
    await letTimePass(client, 901);
    expect((await signInFrom(client, user.email, PASSWORD)).status).toBe(200);
  });
});

describe("sign-up: limited per client", () => {
  const previous = process.env.SIGN_UP_LIMIT_PER_HOUR;
  afterEach(() => {
    process.env.SIGN_UP_LIMIT_PER_HOUR = previous;
  });

  test("every attempt counts, an existing email too; over the limit → 429 with Retry-After; other clients unaffected", async () => {
    const { user } = await signUp("Existing Person");
    process.env.SIGN_UP_LIMIT_PER_HOUR = "3";
    const signUpFrom = (client: string, email: string) =>
      call(signUpRoute, "POST", "/api/auth/sign-up", {
        headers: { "x-forwarded-for": client },
        body: { email, password: PASSWORD, name: "Prober" },
      });
    const client = "198.51.100.90";
    expect((await signUpFrom(client, user.email)).status).toBe(409);
    expect((await signUpFrom(client, uniqueEmail())).status).toBe(201);
    expect((await signUpFrom(client, uniqueEmail())).status).toBe(201);
    const email = uniqueEmail("fourth");
    const refused = await signUpFrom(client, user.email);
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe("RATE_LIMITED");
    expect(retryAfter(refused)).toBeGreaterThan(3500);
    expect(retryAfter(refused)).toBeLessThanOrEqual(3600);
    expect((await signUpFrom(client, email)).status).toBe(429);
    const [created] = await queryRows<{ n: number }>(
      database(),
      sql`SELECT count(*)::int AS n FROM users WHERE email = ${email}`,
    );
    expect(created!.n).toBe(0);
    expect((await signUpFrom("198.51.100.91", email)).status).toBe(201);
  });
});

describe("password hashes", () => {
  test("a legacy scrypt hash signs in, is replaced by Argon2id, and still signs in after", async () => {
    const { user } = await signUp("Legacy Lou");
    const salt = randomBytes(16);
    const key = scryptSync(PASSWORD.normalize("NFKC"), salt, 32, {
      N: 32_768,
      r: 8,
      p: 1,
      maxmem: 64 * 1024 * 1024,
    });
    const legacy = ["scrypt", 32768, 8, 1, salt.toString("base64"), key.toString("base64")].join(
      "$",
    );
    const storedHash = async () =>
      (
        await privileged({ system: "test" }, (tx) =>
          tx.select().from(credentials).where(eq(credentials.user_id, user.id)),
        )
      )[0]!.password_hash;
    await privileged({ system: "test" }, (tx) =>
      tx.update(credentials).set({ password_hash: legacy }).where(eq(credentials.user_id, user.id)),
    );
    const client = "203.0.113.5";
    expect((await signInFrom(client, user.email, "wrong password")).status).toBe(401);
    expect(await storedHash()).toBe(legacy);
    expect((await signInFrom(client, user.email, PASSWORD)).status).toBe(200);
    const rehashed = await storedHash();
    expect(rehashed).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect((await signInFrom(client, user.email, PASSWORD)).status).toBe(200);
    expect(await storedHash()).toBe(rehashed);
    expect((await signInFrom(client, user.email, "wrong password")).status).toBe(401);
  });
});
