/**
 * Mail (docs/product.md §13) end to end over real SMTP: events queue messages in their
 * transaction, the outbox worker delivers them to an in-process SMTP server, outages and
 * races lose and repeat nothing, notifications respect the person's switch and unsubscribe.
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { POST as unsubscribeRoute } from "../../src/app/api/unsubscribe/route";
import { GET as cronRoute } from "../../src/app/api/cron/send-mail/route";
import { privileged } from "../../src/server/db/privileged";
import { queryRows } from "../../src/server/db/query-rows";
import { account_settings, mail_outbox, users } from "../../src/server/db/schema";
import { enqueueMail } from "../../src/server/mail/enqueue-mail";
import type { MailTemplate } from "../../src/server/mail/mail-template";
import { renderMail } from "../../src/server/mail/mail-layout";
import { getOutboxMessage } from "../../src/server/mail/get-outbox-message";
import { listOutbox } from "../../src/server/mail/list-outbox";
import { retryFailedMail } from "../../src/server/mail/retry-failed-mail";
import { sendDueMail } from "../../src/server/mail/send-due-mail";
import { closeSmtpTransports } from "../../src/server/mail/smtp-transport";
import { signUpSettled } from "../helpers/settled-sign-up";
import { submitValid } from "../helpers/evidence";
import { call } from "../helpers/http";
import { reviewWithVersion } from "../helpers/review";
import { startSmtpPeer, type SmtpPeer } from "../helpers/smtp-peer";
import { setupTestDatabase } from "../helpers/test-database";

const database = setupTestDatabase();
let peer: SmtpPeer;
let admin: Awaited<ReturnType<typeof signUpSettled>>;
const saved = { ...process.env };

/** An account mail as the accounts work will send them: always delivered. */
const accountMail: MailTemplate<{ name: string }> = {
  name: "test-account",
  category: "account",
  render: (data, context) =>
    renderMail(
      {
        subject: "Account notice",
        name: data.name,
        paragraphs: ["An account mail."],
        action: { label: "Open", url: `${context.appUrl}/settings/profile` },
        footer: "Account mail.",
      },
      context,
    ),
};

beforeAll(async () => {
  peer = await startSmtpPeer();
  // Credentials in the URL: they must never reach last_error.
  process.env.SMTP_URL = peer.url.replace("smtp://", "smtp://mailer:s3cret-pass@");
  process.env.APP_URL = "https://leaps.example.org";
  process.env.CRON_SECRET = "cron-secret-for-mail-tests";
  delete process.env.MAIL_FROM;
  admin = await signUpSettled("Ada Admin"); // first account: SUPERADMIN
});

afterAll(async () => {
  closeSmtpTransports();
  await peer.stop();
  process.env = saved;
});

const outbox = (where = sql`true`) =>
  queryRows<{
    id: string;
    status: string;
    attempts: number;
    last_error: string | null;
    last_attempt_at: Date | null;
    template: string;
    to_address: string;
  }>(database(), sql`SELECT * FROM mail_outbox WHERE ${where} ORDER BY created_at, id`);

async function userRow(id: string) {
  const [row] = await privileged({ system: "test" }, (tx) =>
    tx.select().from(users).where(eq(users.id, id)),
  );
  return row!;
}

/** Runs the worker until nothing is due (at `now`). */
async function drain(now?: () => Date) {
  for (let pass = 0; pass < 20; pass++) {
    const outcome = await sendDueMail({ now });
    if (outcome.claimed === 0) return;
  }
}

async function approvedSubmission(name: string) {
  const educator = await signUpSettled(name);
  const id = await submitValid(educator.cookie, "SHINE");
  return { educator, id };
}

describe("outcome mails", () => {
  test("a committed approval is delivered once, with its link and one-click unsubscribe", async () => {
    const { educator, id } = await approvedSubmission("Budi Approved");
    const review = await reviewWithVersion(admin.cookie, id, { action: "approve" });
    expect(review.status).toBe(200);
    await drain();
    const mail = await peer.waitFor((m) => m.to === educator.user.email);
    expect(mail.subject).toMatch(/Shine evidence was approved: \+\d+ points/);
    expect(mail.text).toContain("You also earned: Shine Star.");
    expect(mail.text).toContain(`https://leaps.example.org/dashboard/submissions/${id}`);
    expect(mail.html).toContain(`href="https://leaps.example.org/dashboard/submissions/${id}"`);
    expect(mail.from).toBe("no-reply@leaps.example.org");
    expect(mail.headers["from"]).toContain("LEAPS Tracker");
    expect(mail.headers["list-unsubscribe"]).toMatch(
      /^<https:\/\/leaps\.example\.org\/api\/unsubscribe\?token=[A-Za-z0-9_-]{43}>$/,
    );
    expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    const [row] = await outbox(sql`to_address = ${educator.user.email}`);
    expect(row).toMatchObject({ status: "sent", attempts: 1, template: "review-outcome" });
    // Sent is final: later passes never deliver it again.
    await drain(() => new Date(Date.now() + 48 * 3600_000));
    expect(peer.messages.filter((m) => m.to === educator.user.email)).toHaveLength(1);
  });

  test("a rejection carries the reviewer's note and a link to submit again", async () => {
    const { educator, id } = await approvedSubmission("Rina Rejected");
    await reviewWithVersion(admin.cookie, id, {
      action: "reject",
      note: "Add a photo of the class.",
    });
    await drain();
    const mail = await peer.waitFor((m) => m.to === educator.user.email);
    expect(mail.text).toContain("Add a photo of the class.");
    expect(mail.text).toContain("https://leaps.example.org/dashboard/submit/shine");
  });

  test("a rolled-back transaction queues nothing", async () => {
    const educator = await signUpSettled("Rolled Back");
    await expect(
      privileged({ system: "test" }, async (tx) => {
        await enqueueMail(
          tx,
          accountMail,
          { name: "x" },
          {
            userId: educator.user.id,
            to: educator.user.email,
            locale: "en",
          },
        );
        throw new Error("the event failed");
      }),
    ).rejects.toThrow("the event failed");
    expect(await outbox(sql`to_address = ${educator.user.email}`)).toHaveLength(0);
  });

  test("20 concurrent approvals of one submission mail exactly one outcome", async () => {
    const { educator, id } = await approvedSubmission("Raced Twenty");
    const results = await Promise.all(
      Array.from({ length: 20 }, () => reviewWithVersion(admin.cookie, id, { action: "approve" })),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    await drain();
    await peer.waitFor((m) => m.to === educator.user.email);
    await drain();
    expect(await outbox(sql`to_address = ${educator.user.email}`)).toHaveLength(1);
    expect(peer.messages.filter((m) => m.to === educator.user.email)).toHaveLength(1);
  });

  test("a name with markup is escaped in the HTML", async () => {
    const { educator, id } = await approvedSubmission("Script Person");
    await privileged({ system: "test" }, (tx) =>
      tx
        .update(users)
        .set({ name: `<script>alert("x")</script> & Co` })
        .where(eq(users.id, educator.user.id)),
    );
    await reviewWithVersion(admin.cookie, id, { action: "approve" });
    await drain();
    const mail = await peer.waitFor((m) => m.to === educator.user.email);
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co");
    expect(mail.text).toContain(`<script>alert("x")</script> & Co`);
  });

  test("in Bahasa Indonesia for a person who chose it", async () => {
    const { educator, id } = await approvedSubmission("Siti Indonesia");
    await privileged({ system: "test" }, (tx) =>
      tx
        .update(account_settings)
        .set({ locale: "id" })
        .where(eq(account_settings.user_id, educator.user.id)),
    );
    await reviewWithVersion(admin.cookie, id, { action: "approve" });
    await drain();
    const mail = await peer.waitFor((m) => m.to === educator.user.email);
    expect(mail.subject).toMatch(/^Bukti Shine Anda disetujui/);
    expect(mail.text).toContain("Halo Siti Indonesia,");
  });
});

describe("delivery", () => {
  test("an SMTP outage loses nothing: attempts and the error are recorded, then it is delivered", async () => {
    const { educator, id } = await approvedSubmission("Outage Olga");
    await peer.stop();
    closeSmtpTransports();
    await reviewWithVersion(admin.cookie, id, { action: "approve" });
    expect((await sendDueMail()).retrying).toBe(1);
    let [row] = await outbox(sql`to_address = ${educator.user.email}`);
    expect(row).toMatchObject({ status: "pending", attempts: 1 });
    expect(row!.last_error).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);
    expect(row!.last_error).not.toContain("s3cret");
    expect(row!.last_attempt_at).not.toBeNull();

    // Back, but refusing (421): still waiting, a second attempt recorded.
    await peer.restart();
    peer.refuse(true);
    const later = new Date(Date.now() + 60_000);
    expect((await sendDueMail({ now: () => later })).retrying).toBe(1);
    [row] = await outbox(sql`to_address = ${educator.user.email}`);
    expect(row).toMatchObject({ status: "pending", attempts: 2 });
    expect(row!.last_error).toContain("421");

    // Not due yet: the back-off doubled the wait.
    expect((await sendDueMail({ now: () => new Date(later.getTime() + 30_000) })).claimed).toBe(0);
    peer.refuse(false);
    await drain(() => new Date(later.getTime() + 120_000));
    await peer.waitFor((m) => m.to === educator.user.email);
    [row] = await outbox(sql`to_address = ${educator.user.email}`);
    expect(row).toMatchObject({ status: "sent", attempts: 3 });
  });

  test("after a day of failures a message is marked failed; an admin's retry sends it", async () => {
    const educator = await signUpSettled("Failed Fiona");
    await privileged({ system: "test" }, (tx) =>
      enqueueMail(
        tx,
        accountMail,
        { name: "Fiona" },
        {
          userId: educator.user.id,
          to: educator.user.email,
          locale: "en",
        },
      ),
    );
    peer.refuse(true);
    const dayLater = new Date(Date.now() + 25 * 3600_000);
    const outcome = await sendDueMail({ now: () => dayLater });
    expect(outcome.failed).toBe(1);
    let [row] = await outbox(sql`to_address = ${educator.user.email}`);
    expect(row!.status).toBe("failed");
    peer.refuse(false);
    const adminRow = await userRow(admin.user.id);
    const listed = await listOutbox(adminRow, { status: "failed", q: educator.user.email });
    expect(listed.items.map((item) => item.id)).toEqual([row!.id]);
    expect(listed.counts.failed).toBeGreaterThanOrEqual(1);
    const shown = await getOutboxMessage(adminRow, row!.id);
    expect(shown).toMatchObject({ status: "failed", subject: "Account notice" });
    expect(shown.lastError).toContain("451");
    // Educators never see the outbox (RLS: admins only).
    const own = await listOutbox(await userRow(educator.user.id), {});
    expect(own.items).toHaveLength(0);
    await retryFailedMail(adminRow, row!.id);
    await drain();
    await peer.waitFor((m) => m.to === educator.user.email);
    [row] = await outbox(sql`to_address = ${educator.user.email}`);
    expect(row!.status).toBe("sent");
    const [retried] = await queryRows<{ actor_id: string }>(
      database(),
      sql`SELECT actor_id FROM audit_log WHERE action = 'mail.retried' AND target_id = ${row!.id}`,
    );
    expect(retried?.actor_id).toBe(admin.user.id);
    await expect(retryFailedMail(adminRow, row!.id)).rejects.toThrow(/Only a failed/);
  });

  test("two worker instances at once deliver each message exactly once", async () => {
    const recipients = Array.from({ length: 40 }, (_, i) => `pair-${i}@example.org`);
    await privileged({ system: "test" }, async (tx) => {
      for (const to of recipients)
        await enqueueMail(tx, accountMail, { name: to }, { userId: null, to, locale: "en" });
    });
    const worker = async () => {
      for (;;) if ((await sendDueMail({ limit: 3 })).claimed === 0) return;
    };
    await Promise.all([worker(), worker()]);
    for (const to of recipients) {
      expect(
        peer.messages.filter((m) => m.to === to),
        to,
      ).toHaveLength(1);
    }
    const rows = await outbox(sql`to_address LIKE 'pair-%'`);
    expect(rows.every((row) => row.status === "sent" && row.attempts === 1)).toBe(true);
  });

  test("the cron endpoint sends due mail with the cron secret, and refuses without it", async () => {
    const unauthorised = await call(cronRoute, "GET", "/api/cron/send-mail");
    expect(unauthorised.status).toBe(401);
    await privileged({ system: "test" }, (tx) =>
      enqueueMail(
        tx,
        accountMail,
        { name: "Cron" },
        { userId: null, to: "cron@example.org", locale: "en" },
      ),
    );
    const sent = await call(cronRoute, "GET", "/api/cron/send-mail", {
      headers: { authorization: "Bearer cron-secret-for-mail-tests" },
    });
    expect(sent.status).toBe(200);
    expect(sent.body.sent).toBeGreaterThanOrEqual(1);
    await peer.waitFor((m) => m.to === "cron@example.org");
  });
});

describe("programme emails off and unsubscribe", () => {
  test("one-click unsubscribe works without sign-in; then notifications stop, account mail still goes", async () => {
    const { educator, id } = await approvedSubmission("Una Unsubscribe");
    await reviewWithVersion(admin.cookie, id, { action: "approve" });
    await drain();
    const mail = await peer.waitFor((m) => m.to === educator.user.email);
    const link = /<([^>]+)>/.exec(mail.headers["list-unsubscribe"]!)![1]!;
    const path = link.replace("https://leaps.example.org", "");

    const wrong = await call(unsubscribeRoute, "POST", path.replace(/token=.{5}/, "token=AAAAA"), {
      rawBody: "List-Unsubscribe=One-Click",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(wrong.status).toBe(404);
    const garbage = await call(unsubscribeRoute, "POST", "/api/unsubscribe?token=nope");
    expect(garbage.status).toBe(404);

    const done = await call(unsubscribeRoute, "POST", path, {
      rawBody: "List-Unsubscribe=One-Click",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(done.status).toBe(200);
    const again = await call(unsubscribeRoute, "POST", path, {
      rawBody: "List-Unsubscribe=One-Click",
    });
    expect(again.status).toBe(200);
    const [settings] = await queryRows<{ programme_emails: boolean }>(
      database(),
      sql`SELECT programme_emails FROM account_settings WHERE user_id = ${educator.user.id}`,
    );
    expect(settings!.programme_emails).toBe(false);
    const audit = await queryRows<{ actor_id: string; meta: unknown }>(
      database(),
      sql`SELECT actor_id, meta FROM audit_log WHERE action = 'settings.programme_emails' AND target_id = ${educator.user.id}`,
    );
    // Once: the repeated POST changed nothing.
    expect(audit).toEqual([
      { actor_id: educator.user.id, meta: { on: false, via: "unsubscribe link" } },
    ]);

    const second = await submitValid(educator.cookie, "EXPLORE");
    await reviewWithVersion(admin.cookie, second, { action: "approve" });
    await privileged({ system: "test" }, (tx) =>
      enqueueMail(
        tx,
        accountMail,
        { name: "Una" },
        {
          userId: educator.user.id,
          to: educator.user.email,
          locale: "en",
        },
      ),
    );
    await drain();
    await peer.waitFor((m) => m.to === educator.user.email && m.subject === "Account notice");
    const rows = await outbox(sql`to_address = ${educator.user.email}`);
    expect(rows.map((row) => row.template)).toEqual(["review-outcome", "test-account"]);
  });
});

test("the outbox is private: only the privileged path and admins see it", async () => {
  const count = await privileged({ system: "test" }, (tx) =>
    tx.select({ id: mail_outbox.id }).from(mail_outbox),
  );
  expect(count.length).toBeGreaterThan(0);
});
