/**
 * Which language a mail is written in (docs/product.md §14): the person's saved language
 * (account_settings.locale); a sign-up saves the visitor's (NEXT_LOCALE cookie, else
 * Accept-Language, else DEFAULT_LOCALE), so the verification mail already speaks it; a
 * password reset or a deletion link for an account with none saved follows the request's;
 * the header's language switcher saves a signed-in person's choice for later mails.
 */
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { POST as resetRoute } from "../../src/app/api/auth/password-reset/route";
import { POST as resendRoute } from "../../src/app/api/auth/verify-email/resend/route";
import { POST as signUpRoute } from "../../src/app/api/auth/sign-up/route";
import { POST as localeRoute } from "../../src/app/api/locale/route";
import { awardBadge } from "../../src/server/badges/award-badge";
import { privileged } from "../../src/server/db/privileged";
import { account_settings, account_tokens, users } from "../../src/server/db/schema";
import { sendDueMail } from "../../src/server/mail/send-due-mail";
import { closeSmtpTransports } from "../../src/server/mail/smtp-transport";
import { requestAccountDeletion } from "../../src/server/privacy/request-account-deletion";
import { PASSWORD, signUp, uniqueEmail } from "../helpers/accounts";
import { call, cookieFrom } from "../helpers/http";
import { deliveredMailTo, latestMailTo, verifyByMail } from "../helpers/outbox";
import { signUpSettled } from "../helpers/settled-sign-up";
import { startSmtpPeer, type SmtpPeer } from "../helpers/smtp-peer";
import { setupTestDatabase } from "../helpers/test-database";

const database = setupTestDatabase();
const SYSTEM = { system: "test" } as const;
const INDONESIAN_BROWSER = "id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7";
let peer: SmtpPeer;
let clients = 0;

beforeAll(async () => {
  peer = await startSmtpPeer();
  process.env.SMTP_URL = peer.url;
  process.env.TRUST_PROXY_HOPS = "1";
  process.env.APP_URL = "https://leaps.example.org";
  await signUp("Bootstrap Admin"); // the first account: later ones are participants
});
afterAll(async () => {
  closeSmtpTransports();
  await peer.stop();
  delete process.env.SMTP_URL;
  delete process.env.TRUST_PROXY_HOPS;
  delete process.env.APP_URL;
});
afterEach(() => {
  delete process.env.DEFAULT_LOCALE;
});

/** Signs up through the real endpoint with the browser's language headers. */
async function signUpWith(headers: Record<string, string>, name = "Siti Rahma") {
  const email = uniqueEmail("bahasa");
  const response = await call(signUpRoute, "POST", "/api/auth/sign-up", {
    headers,
    body: { email, password: PASSWORD, name },
  });
  expect(response.status).toBe(201);
  return { email, id: response.body.user.id as string, cookie: cookieFrom(response.headers) };
}

const savedLocale = async (userId: string) =>
  (
    await privileged(SYSTEM, (tx) =>
      tx
        .select({ locale: account_settings.locale })
        .from(account_settings)
        .where(eq(account_settings.user_id, userId)),
    )
  )[0]?.locale ?? null;

const forgetLocale = (userId: string) =>
  privileged(SYSTEM, (tx) =>
    tx.update(account_settings).set({ locale: null }).where(eq(account_settings.user_id, userId)),
  );

const requestReset = (email: string, headers: Record<string, string> = {}) =>
  call(resetRoute, "POST", "/api/auth/password-reset", {
    headers: { "x-forwarded-for": `198.51.100.${++clients}`, ...headers },
    body: { email },
  });

describe("the sign-up's verification mail", () => {
  test("Accept-Language id: an Indonesian mail, delivered and working; id is saved", async () => {
    const { email, id } = await signUpWith({ "accept-language": INDONESIAN_BROWSER });
    expect(await savedLocale(id)).toBe("id");
    const queued = await latestMailTo(database(), email);
    expect(queued).toMatchObject({ template: "verify-email", locale: "id" });
    expect(queued!.subject).toBe("Konfirmasi alamat email Anda untuk LEAPS Tracker");

    const mail = await deliveredMailTo(peer, email, /^Konfirmasi alamat email/);
    expect(mail.text).toContain("Halo Siti Rahma,");
    expect(mail.text).toContain("berlaku selama 48 jam");
    expect(mail.text).toContain("Konfirmasi email saya: https://leaps.example.org/verify-email");
    expect(mail.text).not.toMatch(/Hello|Please confirm|expires/);
    expect(mail.html).toContain('<html lang="id">');
    expect((await verifyByMail(database(), email)).status).toBe(200);
  });

  test("a resent link: the saved language, else the request's", async () => {
    const { email, id, cookie } = await signUpWith({});
    expect((await latestMailTo(database(), email))!.locale).toBe("en");
    // The sign-up's link is an hour old, so a new one may be asked for at once.
    await privileged(SYSTEM, (tx) =>
      tx
        .update(account_tokens)
        .set({ created_at: new Date(Date.now() - 3600_000) })
        .where(eq(account_tokens.user_id, id)),
    );
    const resent = await call(resendRoute, "POST", "/api/auth/verify-email/resend", {
      cookie: `${cookie}; NEXT_LOCALE=id`,
    });
    expect(resent.status).toBe(202);
    expect((await latestMailTo(database(), email))!.subject).toBe(
      "Konfirmasi alamat email Anda untuk LEAPS Tracker",
    );
  });

  test("the NEXT_LOCALE cookie wins over Accept-Language", async () => {
    const { email, id } = await signUpWith({
      "accept-language": INDONESIAN_BROWSER,
      cookie: "NEXT_LOCALE=en",
    });
    expect(await savedLocale(id)).toBe("en");
    expect((await latestMailTo(database(), email))!.subject).toBe(
      "Confirm your email address for LEAPS Tracker",
    );
  });

  test("with neither, DEFAULT_LOCALE decides and no language is saved", async () => {
    const english = await signUpWith({ "accept-language": "fr-FR, de;q=0.5" });
    expect((await latestMailTo(database(), english.email))!.locale).toBe("en");
    expect(await savedLocale(english.id)).toBeNull();
    process.env.DEFAULT_LOCALE = "id";
    const indonesian = await signUpWith({});
    expect((await latestMailTo(database(), indonesian.email))!.locale).toBe("id");
    expect(await savedLocale(indonesian.id)).toBeNull();
  });
});

describe("the password-reset mail", () => {
  test("speaks the saved language, whatever the request's", async () => {
    const { email } = await signUpWith({ "accept-language": "id" });
    expect((await requestReset(email, { "accept-language": "en" })).status).toBe(202);
    const mail = await latestMailTo(database(), email);
    expect(mail).toMatchObject({ template: "password-reset", locale: "id" });
    expect(mail!.subject).toBe("Atur ulang kata sandi LEAPS Tracker Anda");
    expect(mail!.text).toContain("Buat kata sandi baru: https://leaps.example.org/reset-password");
  });

  test("with no saved language, the request's (else DEFAULT_LOCALE)", async () => {
    const { email, id } = await signUpWith({});
    expect(await savedLocale(id)).toBeNull();
    expect((await requestReset(email, { "accept-language": "id" })).status).toBe(202);
    expect((await latestMailTo(database(), email))!.subject).toBe(
      "Atur ulang kata sandi LEAPS Tracker Anda",
    );
    expect((await requestReset(email)).status).toBe(202);
    expect((await latestMailTo(database(), email))!.subject).toBe(
      "Reset your LEAPS Tracker password",
    );
  });
});

describe("notifications after the language switcher", () => {
  test("a signed-in person who switches to id gets Indonesian notifications", async () => {
    const educator = await signUpSettled("Budi Santoso");
    expect(await savedLocale(educator.user.id)).toBeNull();
    const switched = await call(localeRoute, "POST", "/api/locale", {
      cookie: educator.cookie,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      rawBody: "locale=id&returnTo=%2Fdashboard",
    });
    expect(switched.status).toBe(303);
    expect(await savedLocale(educator.user.id)).toBe("id");

    const [admin] = await privileged(SYSTEM, (tx) =>
      tx.select().from(users).where(eq(users.role, "SUPERADMIN")),
    );
    expect((await awardBadge(admin!, "COMMUNITY_VOICE", educator.user.id)).awarded).toBe(true);
    while ((await sendDueMail()).claimed > 0);
    const mail = await peer.waitFor((m) => m.to === educator.user.email);
    expect(mail.subject).toBe("Lencana baru: Community Voice");
    expect(mail.text).toContain("Halo Budi Santoso,");
    expect(mail.text).toContain("Selamat! Anda mendapatkan lencana Community Voice");
    expect(mail.text).toContain("tautan berhenti berlangganan");
    expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  });
});

describe("the mailed deletion link", () => {
  test("saved language first, else the request's", async () => {
    const saved = await signUpWith({ "accept-language": "id" });
    const row = async (id: string) =>
      (await privileged(SYSTEM, (tx) => tx.select().from(users).where(eq(users.id, id))))[0]!;
    await requestAccountDeletion(await row(saved.id), "en");
    expect((await latestMailTo(database(), saved.email))!.subject).toBe(
      "Konfirmasi penghapusan akun Anda · LEAPS Tracker",
    );

    const unsaved = await signUpWith({ "accept-language": "en" });
    await forgetLocale(unsaved.id);
    await requestAccountDeletion(await row(unsaved.id), "id");
    expect((await latestMailTo(database(), unsaved.email))!.locale).toBe("id");
    await requestAccountDeletion(await row(unsaved.id));
    expect((await latestMailTo(database(), unsaved.email))!.subject).toBe(
      "Confirm deleting your account · LEAPS Tracker",
    );
  });
});
