/**
 * Password reset and change of local accounts (docs/product.md §2): 202 for any email after
 * the same time, limits per email and per client, single-use 1-hour links, every session
 * ended on reset, the current one kept on change. Mails are read from the outbox; the happy
 * path follows the link of the mail the worker delivered over real SMTP.
 */
import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { POST as changeRoute } from "../../src/app/api/auth/password/route";
import { POST as confirmRoute } from "../../src/app/api/auth/password-reset/confirm/route";
import { POST as resetRoute } from "../../src/app/api/auth/password-reset/route";
import { POST as signIn } from "../../src/app/api/auth/sign-in/route";
import { GET as me } from "../../src/app/api/me/route";
import { privileged } from "../../src/server/db/privileged";
import { closeSmtpTransports } from "../../src/server/mail/smtp-transport";
import { queryRows } from "../../src/server/db/query-rows";
import { account_tokens, audit_log } from "../../src/server/db/schema";
import { PASSWORD, signUp, uniqueEmail } from "../helpers/accounts";
import { call, cookieFrom } from "../helpers/http";
import { deliveredMailTo, latestMailTo, mailCountTo, tokenOf } from "../helpers/outbox";
import { startSmtpPeer, type SmtpPeer } from "../helpers/smtp-peer";
import { setupTestDatabase } from "../helpers/test-database";

const database = setupTestDatabase();
const SYSTEM = { system: "test" } as const;
const NEW_PASSWORD = "a brand new passphrase";
let clients = 0;
/** A client address of its own, so one test's requests never count against another's. */
const newClient = () => `203.0.113.${++clients}`;
let peer: SmtpPeer;

beforeAll(async () => {
  peer = await startSmtpPeer();
  process.env.SMTP_URL = peer.url; // the worker's pass (sendDueMail) delivers here
  process.env.TRUST_PROXY_HOPS = "1"; // the tests play the one proxy in front
  process.env.APP_URL = "https://leaps.example.org";
  await signUp("Bootstrap Admin");
});
afterAll(async () => {
  closeSmtpTransports();
  await peer.stop();
  delete process.env.SMTP_URL;
  delete process.env.TRUST_PROXY_HOPS;
  delete process.env.APP_URL;
});

const requestReset = (email: string, client = newClient()) =>
  call(resetRoute, "POST", "/api/auth/password-reset", {
    headers: { "x-forwarded-for": client },
    body: { email },
  });
const confirm = (token: string, password = NEW_PASSWORD) =>
  call(confirmRoute, "POST", "/api/auth/password-reset/confirm", { body: { token, password } });
const signInWith = async (email: string, password: string) =>
  call(signIn, "POST", "/api/auth/sign-in", {
    headers: { "x-forwarded-for": newClient() },
    body: { email, password },
  });
const meStatus = async (cookie: string) => (await call(me, "GET", "/api/me", { cookie })).status;
const resetToken = async (email: string) => {
  const mail = await latestMailTo(database(), email);
  expect(mail?.template).toBe("password-reset");
  return tokenOf(mail!.link);
};

describe("asking for a reset link", () => {
  test("202, and a single-use 1-hour link to <APP_URL>/reset-password mailed (hash stored)", async () => {
    const { user } = await signUp("Forgetful Teacher", uniqueEmail("forgot"));
    const response = await requestReset(user.email.toUpperCase());
    expect(response.status).toBe(202);
    expect(response.body).toBeNull();
    const mail = await latestMailTo(database(), user.email);
    expect(mail).toMatchObject({ template: "password-reset", category: "account", locale: "en" });
    expect(mail!.subject).toBe("Reset your LEAPS Tracker password");
    expect(mail!.link).toMatch(/^https:\/\/leaps\.example\.org\/reset-password\?token=[\w-]{43}$/);
    expect(mail!.text).toContain("1 hour");
    const token = tokenOf(mail!.link);
    const [stored] = await privileged(SYSTEM, (tx) =>
      tx
        .select()
        .from(account_tokens)
        .where(sql`${account_tokens.user_id} = ${user.id} AND purpose = 'password-reset'`),
    );
    expect(stored!.token_hash).toBe(createHash("sha256").update(token).digest("hex"));
    const minutes = (stored!.expires_at.getTime() - stored!.created_at.getTime()) / 60_000;
    expect(minutes).toBeCloseTo(60, 0);
  });

  test("an unknown email: the same 202, nothing queued", async () => {
    const email = uniqueEmail("nobody");
    const response = await requestReset(email);
    expect(response.status).toBe(202);
    expect(response.body).toBeNull();
    expect(await mailCountTo(email)).toBe(0);
  });

  test("known and unknown emails take the same time to answer", async () => {
    const { user } = await signUp("Timed Teacher", uniqueEmail("timed"));
    const timed = async (email: string) => {
      const started = performance.now();
      expect((await requestReset(email)).status).toBe(202);
      return performance.now() - started;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    // Interleaved, so load on the machine hits both alike; 3 per email is its hourly limit.
    for (let i = 0; i < 3; i++) {
      known.push(await timed(user.email));
      unknown.push(await timed(uniqueEmail("ghost")));
    }
    const median = (values: number[]) => values.toSorted((a, b) => a - b)[1]!;
    for (const duration of [...known, ...unknown]) expect(duration).toBeGreaterThanOrEqual(399);
    expect(Math.abs(median(known) - median(unknown))).toBeLessThan(50);
  });

  test("rate-limited per email (3 an hour, from any client) and per client (10 an hour)", async () => {
    const { user } = await signUp("Popular Teacher", uniqueEmail("popular"));
    for (let i = 0; i < 3; i++) expect((await requestReset(user.email)).status).toBe(202);
    const perEmail = await requestReset(user.email);
    expect(perEmail.status).toBe(429);
    expect(Number(perEmail.headers.get("retry-after"))).toBeGreaterThan(3000);
    expect(await mailCountTo(user.email)).toBe(1 + 3); // the verification mail and 3 links

    const client = newClient();
    for (let i = 0; i < 10; i++)
      expect((await requestReset(uniqueEmail("probe"), client)).status).toBe(202);
    const perClient = await requestReset(uniqueEmail("probe"), client);
    expect(perClient.status).toBe(429);
    // The same for an email with an account: a limit tells nothing either.
    const { user: other } = await signUp("Other Teacher", uniqueEmail("other"));
    expect((await requestReset(other.email, client)).status).toBe(429);
    expect(await mailCountTo(other.email)).toBe(1); // just the verification mail
  });

  test("a malformed email is a 400, nothing counted or queued", async () => {
    const response = await requestReset("not-an-email");
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("VALIDATION_FAILED");
  });
});

describe("setting a new password with the link", () => {
  test("204; every session of the account ends; the new password works, the old does not", async () => {
    const email = uniqueEmail("reset");
    const { user, cookie } = await signUp("Resetting Teacher", email);
    const second = cookieFrom((await signInWith(email, PASSWORD)).headers);
    expect(await meStatus(cookie)).toBe(200);
    expect(await meStatus(second)).toBe(200);

    expect((await requestReset(email)).status).toBe(202);
    const mail = await deliveredMailTo(peer, email, /^Reset your LEAPS Tracker password$/);
    expect(mail.link).toMatch(/^https:\/\/leaps\.example\.org\/reset-password\?token=[\w-]{43}$/);
    expect(mail.html).toContain(`href="${mail.link}"`);
    expect((await confirm(tokenOf(mail.link))).status).toBe(204);
    expect(await meStatus(cookie)).toBe(401);
    expect(await meStatus(second)).toBe(401);
    expect((await signInWith(email, PASSWORD)).status).toBe(401);
    expect((await signInWith(email, NEW_PASSWORD)).status).toBe(200);

    const audit = await privileged(SYSTEM, (tx) =>
      tx.select().from(audit_log).where(eq(audit_log.target_id, user.id)),
    );
    expect(audit.find((row) => row.action === "user.password_reset")?.meta).toEqual({
      sessionsEnded: 2,
    });
  });

  test("a used link, an earlier link of the same person, a wrong and an expired one are refused", async () => {
    const email = uniqueEmail("reuse");
    const { user } = await signUp("Careful Teacher", email);
    await requestReset(email);
    const first = await resetToken(email);
    await requestReset(email);
    const second = await resetToken(email);
    expect((await confirm(second)).status).toBe(204);

    const reused = await confirm(second, "yet another passphrase");
    expect(reused.status).toBe(422);
    expect(reused.body.error.details).toEqual({ reason: "used" });
    // Using one link spends the person's other open links too.
    expect((await confirm(first, "yet another passphrase")).body.error.details).toEqual({
      reason: "used",
    });
    const wrong = await confirm("A".repeat(43));
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.details).toEqual({ reason: "invalid" });

    await requestReset(email, newClient());
    const late = await resetToken(email);
    await queryRows(
      database(),
      sql`UPDATE account_tokens SET expires_at = now() - interval '1 second'
          WHERE user_id = ${user.id} AND used_at IS NULL`,
    );
    const expired = await confirm(late);
    expect(expired.status).toBe(422);
    expect(expired.body.error.details).toEqual({ reason: "expired" });
    expect((await signInWith(email, NEW_PASSWORD)).status).toBe(200);
  });

  test("a too-short password is a 400 and the link stays usable", async () => {
    const email = uniqueEmail("short");
    await signUp("Short Password", email);
    await requestReset(email);
    const token = await resetToken(email);
    const short = await confirm(token, "short");
    expect(short.status).toBe(400);
    expect(short.body.error.details[0].path).toBe("password");
    expect((await confirm(token)).status).toBe(204);
  });
});

describe("changing the password while signed in", () => {
  const change = (cookie: string | undefined, body: unknown, client = newClient()) =>
    call(changeRoute, "POST", "/api/auth/password", {
      cookie,
      headers: { "x-forwarded-for": client },
      body,
    });

  test("401 signed out; 400 with a wrong current password, nothing changed", async () => {
    expect(
      (await change(undefined, { currentPassword: PASSWORD, password: NEW_PASSWORD })).status,
    ).toBe(401);
    const email = uniqueEmail("wrong");
    const { cookie } = await signUp("Wrong Guess", email);
    const wrong = await change(cookie, {
      currentPassword: "not my password",
      password: NEW_PASSWORD,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details).toEqual([
      { path: "currentPassword", message: "Your current password is not correct." },
    ]);
    expect((await signInWith(email, PASSWORD)).status).toBe(200);
  });

  test("wrong current passwords are failed sign-ins: the sign-in back-off applies", async () => {
    const { cookie } = await signUp("Stolen Session", uniqueEmail("stolen"));
    const client = newClient();
    const statuses = [];
    for (let i = 0; i < 6; i++)
      statuses.push(
        (await change(cookie, { currentPassword: `guess ${i}`, password: NEW_PASSWORD }, client))
          .status,
      );
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
  });

  test("204; this session stays, the others end; the new password signs in", async () => {
    const email = uniqueEmail("change");
    const { user, cookie } = await signUp("Changing Teacher", email);
    const other = cookieFrom((await signInWith(email, PASSWORD)).headers);
    const response = await change(cookie, { currentPassword: PASSWORD, password: NEW_PASSWORD });
    expect(response.status).toBe(204);
    expect(await meStatus(cookie)).toBe(200);
    expect(await meStatus(other)).toBe(401);
    expect((await signInWith(email, PASSWORD)).status).toBe(401);
    expect((await signInWith(email, NEW_PASSWORD)).status).toBe(200);
    const audit = await privileged(SYSTEM, (tx) =>
      tx.select().from(audit_log).where(eq(audit_log.target_id, user.id)),
    );
    expect(audit.find((row) => row.action === "user.password_changed")?.meta).toEqual({
      otherSessionsEnded: 1,
    });
  });
});
