/**
 * One's own data (docs/product.md §8): the export holds exactly the person's data, and
 * deleting the account anonymises it, removes files, ends sessions and keeps the ledger.
 */
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { POST as confirmRoute } from "../../src/app/api/me/deletion/confirm/route";
import { GET as exportRoute } from "../../src/app/api/me/export/route";
import { DELETE as deleteMe, GET as meRoute } from "../../src/app/api/me/route";
import { privileged } from "../../src/server/db/privileged";
import {
  audit_log,
  mail_outbox,
  points_ledger,
  submissions,
  uploads,
  users,
} from "../../src/server/db/schema";
import { requestAccountDeletion } from "../../src/server/privacy/request-account-deletion";
import { getStorage } from "../../src/server/storage/get-storage";
import { PASSWORD } from "../helpers/accounts";
import { signUpSettled } from "../helpers/settled-sign-up";
import { FILES, uploadKey } from "../helpers/evidence";
import { addPoints, createSubmission } from "../helpers/factories";
import { call } from "../helpers/http";
import { setupTestDatabase } from "../helpers/test-database";

setupTestDatabase();
const SYSTEM = { system: "test" } as const;

type Person = Awaited<ReturnType<typeof signUpSettled>> & { key: string; submissionId: string };
let admin: Awaited<ReturnType<typeof signUpSettled>>;

async function educator(name: string, points: number, reviewerId: string): Promise<Person> {
  const account = await signUpSettled(name);
  const key = await uploadKey(account.cookie, FILES.png(), `${name.split(" ")[0]}.png`);
  const submission = await createSubmission({
    user_id: account.user.id,
    status: "APPROVED",
    visibility: "PUBLIC",
    payload: { reflection: `${name} wrote this reflection.` },
    attachments: [key],
    reviewer_id: reviewerId,
    review_note: `Well done, ${name}.`,
  });
  await privileged(SYSTEM, (tx) =>
    tx.update(uploads).set({ submission_id: submission.id }).where(eq(uploads.key, key)),
  );
  await addPoints(account.user.id, points);
  return { ...account, key, submissionId: submission.id };
}

beforeAll(async () => {
  admin = await signUpSettled("Ada Admin"); // first account: SUPERADMIN
});

const exportOf = (cookie: string) => call(exportRoute, "GET", "/api/me/export", { cookie });
const ledgerSum = async (userId: string) => {
  const [row] = await privileged(SYSTEM, (tx) =>
    tx
      .select({ sum: sql<number>`coalesce(sum(${points_ledger.delta_points}), 0)::int` })
      .from(points_ledger)
      .where(eq(points_ledger.user_id, userId)),
  );
  return row!.sum;
};
const auditCount = async (action: string, targetId: string) =>
  (
    await privileged(SYSTEM, (tx) =>
      tx
        .select()
        .from(audit_log)
        .where(and(eq(audit_log.action, action), eq(audit_log.target_id, targetId))),
    )
  ).length;
const userRow = async (id: string) =>
  (await privileged(SYSTEM, (tx) => tx.select().from(users).where(eq(users.id, id))))[0]!;

describe("GET /api/me/export", () => {
  let sari: Person;
  let budi: Person;

  beforeAll(async () => {
    sari = await educator("Sari Dewi", 70, admin.user.id);
    budi = await educator("Budi Santoso", 40, admin.user.id);
    await addPoints(sari.user.id, 5);
    // An admin's change to Sari's account, and an audit row about Budi only.
    await privileged(SYSTEM, (tx) =>
      tx.insert(audit_log).values([
        {
          actor_id: admin.user.id,
          action: "user.admin_update",
          target_id: sari.user.id,
          meta: { fields: ["school"] },
        },
        {
          actor_id: budi.user.id,
          action: "profile.update",
          target_id: budi.user.id,
          meta: { fields: ["name"] },
        },
      ]),
    );
  });

  test("401 when signed out", async () => {
    expect((await call(exportRoute, "GET", "/api/me/export")).status).toBe(401);
  });

  test("exactly the person's data: theirs in full, nobody else's, other people by public name only", async () => {
    const response = await exportOf(sari.cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="leaps-data-/,
    );
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const data = response.body;
    expect(data.profile).toMatchObject({ id: sari.user.id, email: sari.user.email });
    expect(data.settings).toEqual({
      publicProfile: true,
      programmeEmails: true,
      locale: null,
      emailVerifiedAt: expect.any(String),
    });
    expect(data.submissions.map((s: { id: string }) => s.id)).toEqual([sari.submissionId]);
    expect(data.submissions[0]).toMatchObject({
      reviewer: "Ada Admin",
      reviewNote: "Well done, Sari Dewi.",
    });
    expect(data.uploads.map((u: { key: string }) => u.key)).toEqual([sari.key]);
    expect(data.ledger.map((l: { points: number }) => l.points).sort()).toEqual([5, 70]);
    expect(data.audit.length).toBeGreaterThan(0);
    for (const row of data.audit)
      expect(["you", "Ada Admin", "the programme"]).toContain(row.actor);

    const text = JSON.stringify(data);
    for (const other of [
      budi.user.id,
      budi.user.email,
      budi.user.handle,
      budi.key,
      budi.submissionId,
    ])
      expect(text).not.toContain(other);
    expect(text).not.toContain(admin.user.email);
    expect(text).not.toContain(admin.user.id);
  });

  test("the other person's export is theirs alone, and each export is audited", async () => {
    const data = (await exportOf(budi.cookie)).body;
    expect(data.profile.id).toBe(budi.user.id);
    expect(data.ledger.map((l: { points: number }) => l.points)).toEqual([40]);
    expect(JSON.stringify(data)).not.toContain(sari.user.id);
    expect(await auditCount("account.exported", budi.user.id)).toBe(1);
  });
});

describe("DELETE /api/me (local mode: the current password)", () => {
  let tia: Person;

  beforeAll(async () => {
    tia = await educator("Tia Hapus", 60, admin.user.id);
  });

  test("a wrong or missing password is a 400 and nothing is written", async () => {
    const before = await userRow(tia.user.id);
    for (const body of [{ password: "not my password" }, {}, { password: 5 }, { nope: true }]) {
      const response = await call(deleteMe, "DELETE", "/api/me", { cookie: tia.cookie, body });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe("VALIDATION_FAILED");
    }
    expect(await userRow(tia.user.id)).toEqual(before);
    expect(await auditCount("user.deleted", tia.user.id)).toBe(0);
    expect(await getStorage().get(tia.key)).not.toBeNull();
    expect((await call(meRoute, "GET", "/api/me", { cookie: tia.cookie })).status).toBe(200);
  });

  test("the right password anonymises, removes files, ends sessions, keeps ledger and audit rows", async () => {
    const sum = await ledgerSum(tia.user.id);
    const second = await signIn(tia.user.email);
    const response = await call(deleteMe, "DELETE", "/api/me", {
      cookie: tia.cookie,
      body: { password: PASSWORD },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("set-cookie")).toMatch(/Max-Age=0/);

    const row = await userRow(tia.user.id);
    expect(row).toMatchObject({ name: "Deleted user", avatar_url: null, school: null });
    expect(row.email).toBe(`${tia.user.id}@deleted.invalid`);
    expect(row.handle).toMatch(/^deleted-[a-f0-9]{12}$/);
    const own = await privileged(SYSTEM, (tx) =>
      tx.select().from(submissions).where(eq(submissions.user_id, tia.user.id)),
    );
    expect(own.map((s) => s.visibility)).toEqual(["PRIVATE"]);
    const files = await privileged(SYSTEM, (tx) =>
      tx.select().from(uploads).where(eq(uploads.user_id, tia.user.id)),
    );
    expect(files).toEqual([]);
    expect(await getStorage().get(tia.key)).toBeNull();
    for (const cookie of [tia.cookie, second])
      expect((await call(meRoute, "GET", "/api/me", { cookie })).status).toBe(401);
    expect(await ledgerSum(tia.user.id)).toBe(sum);
    expect(await auditCount("user.deleted", tia.user.id)).toBe(1);
  });

  test("the last SUPERADMIN cannot delete themselves: 409 with a clear message, nothing written", async () => {
    const before = await userRow(admin.user.id);
    const response = await call(deleteMe, "DELETE", "/api/me", {
      cookie: admin.cookie,
      body: { password: PASSWORD },
    });
    expect(response.status).toBe(409);
    expect(response.body.error.message).toMatch(/last superadmin/i);
    expect(await userRow(admin.user.id)).toEqual(before);
  });
});

describe("the mailed deletion link (Clerk mode's confirmation)", () => {
  test("mails a single-use link in the person's outbox; following it deletes once", async () => {
    const uma = await educator("Uma Surat", 30, admin.user.id);
    await requestAccountDeletion(await userRow(uma.user.id));
    const [mail] = await privileged(SYSTEM, (tx) =>
      tx.select().from(mail_outbox).where(eq(mail_outbox.user_id, uma.user.id)),
    );
    expect(mail).toMatchObject({
      template: "delete-account",
      category: "account",
      to_address: uma.user.email,
    });
    const token = /delete-account\?token=([A-Za-z0-9_-]+)/.exec(mail!.text_body)![1]!;
    expect(mail!.html_body).toContain(`token=${token}`);
    expect(await auditCount("account.deletion_requested", uma.user.id)).toBe(1);

    expect(
      (
        await call(confirmRoute, "POST", "/api/me/deletion/confirm", {
          body: { token: `${token}x` },
        })
      ).status,
    ).toBe(404);
    const results = await Promise.all(
      [1, 2].map(() => call(confirmRoute, "POST", "/api/me/deletion/confirm", { body: { token } })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([204, 404]);
    expect((await userRow(uma.user.id)).name).toBe("Deleted user");
    expect(await getStorage().get(uma.key)).toBeNull();
    expect(await auditCount("user.deleted", uma.user.id)).toBe(1);
  });
});

async function signIn(email: string): Promise<string> {
  const { POST } = await import("../../src/app/api/auth/sign-in/route");
  const response = await call(POST, "POST", "/api/auth/sign-in", {
    body: { email, password: PASSWORD },
  });
  return response.headers.get("set-cookie")!.split(";")[0]!;
}
