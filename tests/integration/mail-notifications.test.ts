/**
 * The other notifications (docs/product.md §13): Kajabi Learn credit and a badge an admin
 * awards each mail once, however often the event repeats, over real SMTP.
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, test } from "vitest";
import { awardBadge } from "../../src/server/badges/award-badge";
import { privileged } from "../../src/server/db/privileged";
import { queryRows } from "../../src/server/db/query-rows";
import { users } from "../../src/server/db/schema";
import { sendDueMail } from "../../src/server/mail/send-due-mail";
import { closeSmtpTransports } from "../../src/server/mail/smtp-transport";
import { signUpSettled } from "../helpers/settled-sign-up";
import { deliver, KAJABI_SECRET, kajabiBody } from "../helpers/kajabi-sender";
import { startSmtpPeer, type SmtpPeer } from "../helpers/smtp-peer";
import { setupTestDatabase } from "../helpers/test-database";

const database = setupTestDatabase();
let peer: SmtpPeer;
const saved = { ...process.env };

beforeAll(async () => {
  peer = await startSmtpPeer();
  process.env.SMTP_URL = peer.url;
  process.env.APP_URL = "https://leaps.example.org";
  process.env.KAJABI_WEBHOOK_SECRET = KAJABI_SECRET;
});

afterAll(async () => {
  closeSmtpTransports();
  await peer.stop();
  process.env = saved;
});

const templatesTo = async (email: string) =>
  (
    await queryRows<{ template: string }>(
      database(),
      sql`SELECT template FROM mail_outbox WHERE to_address = ${email} ORDER BY created_at`,
    )
  ).map((row) => row.template);

test("a Kajabi course credit mails the educator once, even when Kajabi sends it twice", async () => {
  await signUpSettled("Ada Admin");
  const educator = await signUpSettled("Kay Learner");
  const body = kajabiBody({ email: educator.user.email, tag: "elevate-ai-1-completed" });
  expect((await deliver(body)).status).toBe(200);
  expect((await deliver(kajabiBody({ email: educator.user.email }))).status).toBe(200);
  while ((await sendDueMail()).claimed > 0);
  const mail = await peer.waitFor((m) => m.to === educator.user.email);
  expect(mail.subject).toBe("Course completed: +10 Learn points");
  expect(mail.text).toContain("elevate-ai-1-completed");
  expect(mail.text).toContain("https://leaps.example.org/dashboard");
  expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  expect(await templatesTo(educator.user.email)).toEqual(["kajabi-credit"]);

  // The second course reaches 20 Learn points: its mail names the badge that earned.
  expect(
    (await deliver(kajabiBody({ email: educator.user.email, tag: "elevate-ai-2-completed" })))
      .status,
  ).toBe(200);
  while ((await sendDueMail()).claimed > 0);
  const second = await peer.waitFor(
    (m) => m.to === educator.user.email && m.text.includes("elevate-ai-2-completed"),
  );
  expect(second.text).toContain("You also earned: LEAPS Starter.");
  expect(await templatesTo(educator.user.email)).toEqual(["kajabi-credit", "kajabi-credit"]);
});

test("an admin's badge award mails the badge once", async () => {
  const educator = await signUpSettled("Bea Badge");
  const [admin] = await privileged({ system: "test" }, (tx) =>
    tx.select().from(users).where(eq(users.role, "SUPERADMIN")),
  );
  expect((await awardBadge(admin!, "COMMUNITY_VOICE", educator.user.id)).awarded).toBe(true);
  expect((await awardBadge(admin!, "COMMUNITY_VOICE", educator.user.id)).awarded).toBe(false);
  while ((await sendDueMail()).claimed > 0);
  const mail = await peer.waitFor((m) => m.to === educator.user.email);
  expect(mail.subject).toBe("New badge: Community Voice");
  expect(await templatesTo(educator.user.email)).toEqual(["badge-earned"]);
});
