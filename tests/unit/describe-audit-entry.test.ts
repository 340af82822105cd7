/** Audit rows in words: every action the server writes has its own sentence, in both languages. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import {
  DESCRIBED_AUDIT_ACTIONS,
  describeAuditEntry,
  type AuditContext,
  type AuditPart,
  type AuditRow,
} from "../../src/server/audit/describe-audit-entry";
import type { Locale } from "../../src/i18n/locales";

const SARI = "user_sari";
const BUDI = "user_budi";
const context: AuditContext = {
  users: new Map([
    [SARI, { name: "Sari Dewi", handle: "sari" }],
    [BUDI, { name: "Budi Santoso", handle: "budi" }],
  ]),
  submissions: new Map([["sub_1", { userId: BUDI, activity: "EXPLORE" }]]),
  badges: new Map([["first-steps", "First Steps"]]),
};

/** The sentence as text, people written as [name](id). */
function told(row: Partial<AuditRow> & { action: string }, locale: Locale = "en"): string {
  const parts: AuditPart[] = describeAuditEntry(
    { actorId: SARI, targetId: null, meta: null, ...row },
    context,
    locale,
  );
  return parts
    .map((part) => (typeof part === "string" ? part : `[${part.label}](${part.userId})`))
    .join("");
}

const S = `[Sari Dewi](${SARI})`;
const B = `[Budi Santoso](${BUDI})`;

const CASES: Record<string, { row: Partial<AuditRow>; says: string }> = {
  "submission.created": {
    row: { actorId: BUDI, targetId: "sub_1", meta: { activity: "EXPLORE" } },
    says: `${B} submitted their Explore evidence`,
  },
  "submission.updated": {
    row: { actorId: BUDI, targetId: "sub_1", meta: { visibility: "PRIVATE" } },
    says: `${B} edited their Explore evidence`,
  },
  "submission.visibility_changed": {
    row: { actorId: BUDI, targetId: "sub_1", meta: { visibility: "PUBLIC" } },
    says: `${B} made their Explore evidence public`,
  },
  "submission.withdrawn": {
    row: { actorId: BUDI, targetId: "sub_gone", meta: { activity: "SHINE" } },
    says: `${B} withdrew Shine evidence`,
  },
  "submission.approved": {
    row: { targetId: "sub_1", meta: { points: 50, computedPoints: 50 } },
    says: `${S} approved Explore evidence of ${B} (+50 points)`,
  },
  "submission.rejected": {
    row: { targetId: "sub_1", meta: { note: "Add a photo." } },
    says: `${S} rejected Explore evidence of ${B}`,
  },
  "submission.reversed": {
    row: { targetId: "sub_1", meta: { pointsReversed: 50, note: "Duplicate." } },
    says: `${S} reversed the approval of Explore evidence of ${B} (−50 points)`,
  },
  "ledger.adjusted": {
    row: { targetId: BUDI, meta: { activity: "AMPLIFY", points: -4, reason: "Typo" } },
    says: `${S} adjusted the Amplify points of ${B} by −4: “Typo”`,
  },
  "badge.created": {
    row: { targetId: "first-steps", meta: { criteria: {} } },
    says: `${S} created the badge “First Steps”`,
  },
  "badge.updated": {
    row: { targetId: "first-steps", meta: { before: { name: "A" }, after: { name: "B" } } },
    says: `${S} edited the badge “First Steps” (name)`,
  },
  "badge.awarded": {
    row: { targetId: BUDI, meta: { badge: "first-steps", manual: true } },
    says: `${S} awarded the badge “First Steps” to ${B}`,
  },
  "badge.revoked": {
    row: { targetId: BUDI, meta: { badge: "first-steps" } },
    says: `${S} revoked the badge “First Steps” from ${B}`,
  },
  "badge.credential_reissued": {
    row: { targetId: BUDI, meta: { badge: "first-steps", credential: "c1" } },
    says: `${S} re-issued the “First Steps” credential of ${B}`,
  },
  "user.admin_update": {
    row: {
      targetId: BUDI,
      meta: {
        before: { role: "PARTICIPANT", cohort: null },
        after: { role: "REVIEWER", cohort: "2026-A" },
      },
    },
    says: `${S} changed the role and cohort of ${B}`,
  },
  "user.cohort_assigned": {
    row: { targetId: BUDI, meta: { before: { cohort: null }, after: { cohort: "2026-A" } } },
    says: `${S} put ${B} in cohort 2026-A`,
  },
  "profile.update": {
    row: {
      actorId: BUDI,
      targetId: BUDI,
      meta: { before: { name: "B", school: null }, after: { name: "Budi", school: "SD 1" } },
    },
    says: `${B} edited their profile (name and school)`,
  },
  "user.anonymised": {
    row: { targetId: BUDI, meta: { handle: "budi-old" } },
    says: `${S} anonymised the account of ${B} (was @budi-old)`,
  },
  "user.deleted": {
    row: { actorId: BUDI, targetId: BUDI, meta: { handle: "budi-old" } },
    says: `${B} deleted their account (was @budi-old)`,
  },
  "account.public_profile_changed": {
    row: { targetId: SARI, meta: { publicProfile: false } },
    says: `${S} left the public pages`,
  },
  "account.exported": {
    row: { targetId: SARI },
    says: `${S} downloaded their data`,
  },
  "account.deletion_requested": {
    row: { targetId: SARI },
    says: `${S} asked for a link to delete their account`,
  },
  "user.bootstrap_superadmin": {
    row: { actorId: SARI, targetId: SARI, meta: { reason: "ADMIN_EMAILS" } },
    says: `${S} became superadmin on signing in (listed in ADMIN_EMAILS)`,
  },
  "user.email_verified": {
    row: { actorId: BUDI, targetId: BUDI, meta: { email: "budi@example.test" } },
    says: `${B} verified their email address budi@example.test`,
  },
  "user.password_reset": {
    row: { actorId: BUDI, targetId: BUDI, meta: { sessionsEnded: 2 } },
    says: `${B} set a new password with a reset link; 2 sessions ended`,
  },
  "user.password_changed": {
    row: { actorId: BUDI, targetId: BUDI, meta: { otherSessionsEnded: 1 } },
    says: `${B} changed their password; 1 other session ended`,
  },
  "kajabi.credited": {
    row: {
      actorId: "system:kajabi-webhook",
      targetId: BUDI,
      meta: { eventId: "evt_1", tag: "elevate-ai-1-completed", points: 10 },
    },
    says: `Kajabi credited ${B} +10 Learn points for the course tag “elevate-ai-1-completed”`,
  },
  "settings.programme_emails": {
    row: { actorId: BUDI, targetId: BUDI, meta: { on: false, via: "unsubscribe link" } },
    says: `${B} turned their programme emails off (unsubscribe link)`,
  },
  "mail.retried": {
    row: { targetId: "mail_1", meta: { to: "budi@example.org" } },
    says: `${S} retried the failed mail mail_1 to budi@example.org`,
  },
  "kajabi.reprocessed": {
    row: { targetId: "evt_1", meta: { status: "credited" } },
    says: `${S} reprocessed Kajabi event evt_1: credited`,
  },
  "kajabi.reprocessed_unmatched": {
    row: { meta: { credited: 2, duplicate: 0, ignored: 0, unmatched: 1, capped: 0 } },
    says: `${S} reprocessed the unmatched Kajabi events: 2 credited, 1 unmatched`,
  },
  "kajabi.duplicate": {
    row: { actorId: "system:kajabi-webhook", targetId: "evt_1" },
    says: "Kajabi sent event evt_1 again; the repeat was not stored",
  },
  "export.downloaded": {
    row: { actorId: SARI, meta: { kind: "points", filters: { cohort: "2026-A", activity: "" } } },
    says: `${S} downloaded the points export (cohort: 2026-A)`,
  },
  "activity.updated": {
    row: {
      actorId: SARI,
      targetId: "EXPLORE",
      meta: { before: { default_points: 50 }, after: { default_points: 60 } },
    },
    says: `${S} changed the Explore activity (default points)`,
  },
};

/** Every audit action written in src/server today, read from the source. */
function writtenActions(): string[] {
  const root = path.resolve(import.meta.dirname, "../../src/server");
  const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((file) =>
    file.endsWith(".ts"),
  );
  const actions = new Set<string>();
  for (const file of files) {
    const source = readFileSync(path.join(root, file), "utf8");
    for (const line of source.matchAll(/action: [^\n]*/g)) {
      for (const [, action] of line[0].matchAll(/"([a-z]+\.[a-z_]+)"/g)) actions.add(action!);
    }
  }
  return [...actions].sort();
}

describe("describeAuditEntry", () => {
  test("the source's actions are found (the scan itself works)", () => {
    expect(writtenActions()).toEqual(
      expect.arrayContaining(["submission.approved", "submission.visibility_changed"]),
    );
  });

  test("every action the server writes has a wording and a case here", () => {
    const written = writtenActions();
    expect(DESCRIBED_AUDIT_ACTIONS.toSorted()).toEqual(expect.arrayContaining(written));
    expect(Object.keys(CASES).toSorted()).toEqual(DESCRIBED_AUDIT_ACTIONS.toSorted());
  });

  test.each(Object.entries(CASES))("%s", (action, { row, says }) => {
    expect(told({ action, ...row })).toBe(says);
  });

  test("an override names the computed points", () => {
    expect(
      told({
        action: "submission.approved",
        targetId: "sub_1",
        meta: { points: 55, computedPoints: 50, override: true },
      }),
    ).toBe(`${S} approved Explore evidence of ${B} (+55 points, overriding the computed 50)`);
  });

  test("a cohort removed, a badge earned by the rules, an unknown person and action", () => {
    expect(
      told({
        action: "user.cohort_assigned",
        targetId: BUDI,
        meta: { before: { cohort: "2026-A" }, after: { cohort: null } },
      }),
    ).toBe(`${S} took ${B} out of their cohort`);
    expect(told({ action: "badge.awarded", targetId: BUDI, meta: { badge: "first-steps" } })).toBe(
      `${B} earned the badge “First Steps”`,
    );
    expect(told({ action: "badge.revoked", actorId: "user_gone", targetId: BUDI })).toBe(
      `[an unknown user](user_gone) revoked the badge “?” from ${B}`,
    );
    expect(told({ action: "cohort.renamed" })).toBe(`${S} recorded “cohort.renamed”`);
  });

  test("elevation on verifying an ADMIN_EMAILS address; a role given from the command line", () => {
    expect(
      told({
        action: "user.bootstrap_superadmin",
        actorId: BUDI,
        targetId: BUDI,
        meta: { reason: "ADMIN_EMAILS", verified: true },
      }),
    ).toBe(`${B} became superadmin on verifying their email (listed in ADMIN_EMAILS)`);
    expect(
      told({
        action: "user.admin_update",
        actorId: "system:admin-grant",
        targetId: BUDI,
        meta: { before: { role: "PARTICIPANT" }, after: { role: "ADMIN" } },
      }),
    ).toBe(`An operator (npm run admin:grant) changed the role of ${B}`);
    expect(told({ action: "user.password_changed", actorId: BUDI, meta: {} })).toBe(
      `${B} changed their password`,
    );
  });
});

describe("describeAuditEntry in Bahasa Indonesia", () => {
  test.each(Object.entries(CASES))(
    "%s has its own Indonesian sentence",
    (action, { row, says }) => {
      const indonesian = told({ action, ...row }, "id");
      expect(indonesian).not.toBe(says);
      expect(indonesian).not.toMatch(/\b(the|their|of|and|points)\b/);
    },
  );

  test("people stay linked wherever the sentence puts them; activities keep their names", () => {
    expect(
      told({ action: "submission.approved", targetId: "sub_1", meta: { points: 1500 } }, "id"),
    ).toBe(`${S} menyetujui bukti Explore milik ${B} (+1.500 poin)`);
    expect(told({ action: "submission.created", actorId: BUDI, targetId: "sub_1" }, "id")).toBe(
      `${B} mengirim bukti Explore miliknya`,
    );
    expect(
      told(
        { action: "ledger.adjusted", targetId: BUDI, meta: { activity: "AMPLIFY", points: -4 } },
        "id",
      ),
    ).toBe(`${S} menyesuaikan poin Amplify milik ${B} sebesar −4`);
    expect(told({ ...CASES["user.admin_update"]!.row, action: "user.admin_update" }, "id")).toBe(
      `${S} mengubah peran dan angkatan ${B}`,
    );
    expect(told({ action: "badge.revoked", actorId: "user_gone", targetId: BUDI }, "id")).toBe(
      `[pengguna tidak dikenal](user_gone) mencabut lencana “?” dari ${B}`,
    );
  });

  test("counts, outcomes and export kinds are said in Indonesian", () => {
    expect(
      told(
        { ...CASES["kajabi.reprocessed_unmatched"]!.row, action: "kajabi.reprocessed_unmatched" },
        "id",
      ),
    ).toBe(`${S} memproses ulang event Kajabi yang belum cocok: 2 diberi poin, 1 belum cocok`);
    expect(
      told({ ...CASES["user.password_reset"]!.row, action: "user.password_reset" }, "id"),
    ).toBe(`${B} membuat kata sandi baru lewat tautan reset; 2 sesi diakhiri`);
    expect(told({ ...CASES["export.downloaded"]!.row, action: "export.downloaded" }, "id")).toBe(
      `${S} mengunduh ekspor poin (angkatan: 2026-A)`,
    );
    expect(
      told(
        { action: "export.downloaded", meta: { kind: "audit", filters: { from: "2026-03-01" } } },
        "id",
      ),
    ).toBe(`${S} mengunduh ekspor log audit (dari: 01/03/2026)`);
    expect(told({ action: "cohort.renamed" }, "id")).toBe(`${S} mencatat “cohort.renamed”`);
  });
});
