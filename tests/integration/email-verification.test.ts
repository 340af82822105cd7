/**
 * Email verification of local accounts and the gates behind it (docs/product.md §2): the
 * sign-up's mailed link, resend and its limits, /api/me's emailVerified, ADMIN_EMAILS
 * elevating only a verified email. Mails are read from the outbox (tests/helpers/outbox.ts);
 * the happy paths follow the link of the mail the worker delivered over real SMTP.
 */
import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { POST as resendRoute } from "../../src/app/api/auth/verify-email/resend/route";
import { POST as verifyRoute } from "../../src/app/api/auth/verify-email/route";
import { GET as me } from "../../src/app/api/me/route";
import { privileged } from "../../src/server/db/privileged";
import { closeSmtpTransports } from "../../src/server/mail/smtp-transport";
import { queryRows } from "../../src/server/db/query-rows";
import { account_settings, account_tokens, audit_log, users } from "../../src/server/db/schema";
import { signUp, uniqueEmail } from "../helpers/accounts";
import { call } from "../helpers/http";
import {
  deliveredMailTo,
  latestMailTo,
  mailCountTo,
  tokenOf,
  verifyByMail,
} from "../helpers/outbox";
import { startSmtpPeer, type SmtpPeer } from "../helpers/smtp-peer";
import { setupTestDatabase } from "../helpers/test-database";

const database = setupTestDatabase();
const SYSTEM = { system: "test" } as const;
let peer: SmtpPeer;

beforeAll(async () => {
  peer = await startSmtpPeer();
  process.env.SMTP_URL = peer.url; // the worker's pass (sendDueMail) delivers here
  process.env.APP_URL = "https://leaps.example.org";
  await signUp("Bootstrap Admin"); // the first account: later ones are participants
});
afterAll(async () => {
  closeSmtpTransports();
  await peer.stop();
  delete process.env.SMTP_URL;
  delete process.env.APP_URL;
});
afterEach(() => {
  delete process.env.ADMIN_EMAILS;
  delete process.env.AUTH_PROVIDER;
});

const verify = (token: unknown) =>
  call(verifyRoute, "POST", "/api/auth/verify-email", { body: { token } });
const resend = (cookie?: string) =>
  call(resendRoute, "POST", "/api/auth/verify-email/resend", { cookie });
const emailVerified = async (cookie: string) =>
  (await call(me, "GET", "/api/me", { cookie })).body.emailVerified as boolean;
const auditActions = async (userId: string) =>
  (
    await privileged(SYSTEM, (tx) =>
      tx.select().from(audit_log).where(eq(audit_log.target_id, userId)),
    )
  ).map((row) => row.action);
/** Delivers the verification mail to `email` over SMTP and returns its link's token. */
const mailedVerificationToken = async (email: string) => {
  const mail = await deliveredMailTo(peer, email, /^Confirm your email address/);
  expect(mail.link).toMatch(/^https:\/\/leaps\.example\.org\/verify-email\?token=[\w-]{43}$/);
  expect(mail.headers["content-type"]).toMatch(/^multipart\/alternative/);
  expect(mail.html).toContain(`href="${mail.link}"`);
  return tokenOf(mail.link);
};
/** Moves a user's issued links into the past, as if that much time had gone by. */
const ageLinks = (userId: string, seconds: number) =>
  queryRows(
    database(),
    sql`UPDATE account_tokens SET created_at = created_at - make_interval(secs => ${seconds}),
          expires_at = expires_at - make_interval(secs => ${seconds})
        WHERE user_id = ${userId}`,
  );

describe("the sign-up's verification mail", () => {
  test("is queued with a single-use link to <APP_URL>/verify-email; only its hash is stored", async () => {
    const email = uniqueEmail("new");
    const { user, cookie } = await signUp("Nia <b>Putri</b>", email);
    expect(await emailVerified(cookie)).toBe(false);
    const mail = await latestMailTo(database(), email);
    expect(mail).toMatchObject({ template: "verify-email", category: "account", locale: "en" });
    expect(mail!.subject).toBe("Confirm your email address for LEAPS Tracker");
    expect(mail!.link).toMatch(/^https:\/\/leaps\.example\.org\/verify-email\?token=[\w-]{43}$/);
    expect(mail!.text).toContain("Hello Nia <b>Putri</b>,");
    expect(mail!.text).toContain("48 hours");
    // Typed names are escaped in the HTML body.
    expect(mail!.html).toContain("Hello Nia &lt;b&gt;Putri&lt;/b&gt;,");
    expect(mail!.html).not.toContain("<b>Putri");
    expect(mail!.html).toContain(`href="${mail!.link}"`);

    const token = tokenOf(mail!.link);
    const [stored] = await privileged(SYSTEM, (tx) =>
      tx.select().from(account_tokens).where(eq(account_tokens.user_id, user.id)),
    );
    expect(stored).toMatchObject({ purpose: "verify-email", email, used_at: null });
    expect(stored!.token_hash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(stored)).not.toContain(token);
    const hours = (stored!.expires_at.getTime() - stored!.created_at.getTime()) / 3600_000;
    expect(hours).toBeCloseTo(48, 1);
  });

  test("the link of the delivered mail verifies (200, audited, /api/me says so), once", async () => {
    const email = uniqueEmail("verify");
    const { user, cookie } = await signUp("Verifying Teacher", email);
    expect(await emailVerified(cookie)).toBe(false);
    const token = await mailedVerificationToken(email);
    const response = await verify(token);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ emailVerified: true, user: { id: user.id } });
    expect(await emailVerified(cookie)).toBe(true);
    expect(await auditActions(user.id)).toContain("user.email_verified");

    const again = await verify(token);
    expect(again.status).toBe(422);
    expect(again.body.error).toMatchObject({ code: "UNPROCESSABLE", details: { reason: "used" } });
  });

  test("wrong, expired and malformed tokens are refused, nothing verified", async () => {
    const email = uniqueEmail("late");
    const { user, cookie } = await signUp("Late Clicker", email);
    const token = tokenOf((await latestMailTo(database(), email))!.link);
    const wrong = await verify(`${token.slice(0, -2)}xx`);
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.details).toEqual({ reason: "invalid" });
    expect((await verify("")).status).toBe(400);
    expect((await verify(42)).status).toBe(400);

    await ageLinks(user.id, 48 * 3600 + 1);
    const expired = await verify(token);
    expect(expired.status).toBe(422);
    expect(expired.body.error.details).toEqual({ reason: "expired" });
    expect(expired.body.error.message).toMatch(/expired/);
    expect(await emailVerified(cookie)).toBe(false);
  });

  test("two simultaneous uses of one link: one verifies, the other is told it was used", async () => {
    const email = uniqueEmail("race");
    const { user } = await signUp("Double Clicker", email);
    const token = tokenOf((await latestMailTo(database(), email))!.link);
    const statuses = (await Promise.all([verify(token), verify(token), verify(token)])).map(
      (response) => response.status,
    );
    expect(statuses.toSorted()).toEqual([200, 422, 422]);
    const verified = (await auditActions(user.id)).filter((a) => a === "user.email_verified");
    expect(verified).toHaveLength(1);
  });
});

describe("resend", () => {
  test("signed in only; at most one a minute and five an hour; 409 once verified", async () => {
    expect((await resend()).status).toBe(401);
    const email = uniqueEmail("resend");
    const { user, cookie } = await signUp("Resending Teacher", email);
    expect(await mailCountTo(email)).toBe(1);

    const tooSoon = await resend(cookie);
    expect(tooSoon.status).toBe(429);
    expect(Number(tooSoon.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await mailCountTo(email)).toBe(1);

    for (let sent = 2; sent <= 5; sent++) {
      await ageLinks(user.id, 61);
      expect((await resend(cookie)).status).toBe(202);
      expect(await mailCountTo(email)).toBe(sent);
    }
    await ageLinks(user.id, 61);
    const hourly = await resend(cookie);
    expect(hourly.status).toBe(429);
    expect(Number(hourly.headers.get("retry-after"))).toBeGreaterThan(60);
    expect(await mailCountTo(email)).toBe(5);

    // The newest link works; so do the earlier ones until they expire.
    expect((await verifyByMail(database(), email)).status).toBe(200);
    expect((await resend(cookie)).status).toBe(409);
  });

  test("in the person's language: Bahasa Indonesia when their settings say so", async () => {
    const email = uniqueEmail("bahasa");
    const { user, cookie } = await signUp("Sari Dewi", email);
    await privileged(SYSTEM, (tx) =>
      tx.insert(account_settings).values({ user_id: user.id, locale: "id" }),
    );
    await ageLinks(user.id, 61);
    expect((await resend(cookie)).status).toBe(202);
    const mail = await latestMailTo(database(), email);
    expect(mail).toMatchObject({ locale: "id", template: "verify-email" });
    expect(mail!.subject).toBe("Konfirmasi alamat email Anda untuk LEAPS Tracker");
    expect(mail!.text).toContain("Halo Sari Dewi,");
    expect(mail!.text).toContain("48 jam");
    expect(mail!.html).toContain("Konfirmasi email saya");
  });
});

describe("ADMIN_EMAILS elevates a verified email only", () => {
  test("a listed address signs up as PARTICIPANT and becomes SUPERADMIN on verifying (audited)", async () => {
    const email = uniqueEmail("boss");
    process.env.ADMIN_EMAILS = `someone@else.test, ${email.toUpperCase()}`;
    const { user } = await signUp("The Boss", email);
    expect(user.role).toBe("PARTICIPANT");
    expect(await auditActions(user.id)).not.toContain("user.bootstrap_superadmin");

    expect((await verify(await mailedVerificationToken(email))).status).toBe(200);
    const [row] = await privileged(SYSTEM, (tx) =>
      tx.select().from(users).where(eq(users.id, user.id)),
    );
    expect(row!.role).toBe("SUPERADMIN");
    const [audit] = await privileged(SYSTEM, (tx) =>
      tx
        .select()
        .from(audit_log)
        .where(sql`${audit_log.target_id} = ${user.id} AND action = 'user.bootstrap_superadmin'`),
    );
    expect(audit!.meta).toMatchObject({ reason: "ADMIN_EMAILS", verified: true });
  });

  test("an unlisted address stays PARTICIPANT after verifying", async () => {
    process.env.ADMIN_EMAILS = "boss@else.test";
    const email = uniqueEmail("plain");
    const { user } = await signUp("Plain Teacher", email);
    expect((await verifyByMail(database(), email)).status).toBe(200);
    const [row] = await privileged(SYSTEM, (tx) =>
      tx.select().from(users).where(eq(users.id, user.id)),
    );
    expect(row!.role).toBe("PARTICIPANT");
  });
});

test("Clerk mode has no local verification endpoints (404)", async () => {
  process.env.AUTH_PROVIDER = "clerk";
  process.env.CLERK_JWT_KEY = "unused";
  try {
    expect((await verify("x".repeat(43))).status).toBe(404);
  } finally {
    delete process.env.CLERK_JWT_KEY;
  }
});
