/**
 * Privacy (docs/product.md §8): the public-pages switch hides a person from every public
 * response but not from admins or totals, and switching back restores them.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { GET as fileRoute } from "../../src/app/api/files/[...key]/route";
import { GET as leaderboardRoute } from "../../src/app/api/leaderboard/route";
import { GET as adminUsersRoute } from "../../src/app/api/admin/users/route";
import { GET as adminSubmissionRoute } from "../../src/app/api/admin/submissions/[id]/route";
import { GET as meRoute, PATCH as patchMe } from "../../src/app/api/me/route";
import { GET as metricsRoute } from "../../src/app/api/metrics/route";
import { GET as profileRoute } from "../../src/app/api/profiles/[handle]/route";
import { GET as submissionRoute } from "../../src/app/api/submissions/[id]/route";
import { generateMetadata } from "../../src/app/(public)/u/[handle]/page";
import { readPublicVersions } from "../../src/server/cache/read-public-versions";
import { asVisitor } from "../../src/server/db/as-visitor";
import { privileged } from "../../src/server/db/privileged";
import { account_settings, audit_log, submissions, uploads } from "../../src/server/db/schema";
import { withUser } from "../../src/server/db/with-user";
import { refreshLeaderboards } from "../../src/server/leaderboard/refresh-leaderboards";
import { getCachedHomeStories } from "../../src/server/stories/cached-home-stories";
import { signUp } from "../helpers/accounts";
import { FILES, uploadKey } from "../helpers/evidence";
import { addPoints, createSubmission } from "../helpers/factories";
import { call } from "../helpers/http";
import { setupTestDatabase } from "../helpers/test-database";

setupTestDatabase();

type Person = Awaited<ReturnType<typeof signUp>> & { key: string; submissionId: string };
let admin: Awaited<ReturnType<typeof signUp>>;
let hana: Person;
let vera: Person;

const REFLECTION = (who: string) =>
  `${who} reflects: ${"the class used an AI tutor to plan a science project together. ".repeat(4)}`;

async function educator(name: string, points: number): Promise<Person> {
  const account = await signUp(name);
  const key = await uploadKey(account.cookie, FILES.pdf(), "story.pdf");
  const submission = await createSubmission({
    user_id: account.user.id,
    status: "APPROVED",
    visibility: "PUBLIC",
    payload: { reflection: REFLECTION(name), classDate: "2026-01-10" },
    attachments: [key],
  });
  await privileged({ system: "test" }, (tx) =>
    tx.update(uploads).set({ submission_id: submission.id }).where(eq(uploads.key, key)),
  );
  await addPoints(account.user.id, points);
  return { ...account, key, submissionId: submission.id };
}

beforeAll(async () => {
  admin = await signUp("Ada Admin"); // the first account: SUPERADMIN
  hana = await educator("Hana Hidden", 100);
  vera = await educator("Vera Visible", 50);
  await refreshLeaderboards();
});

const board = async (query: string) =>
  (await call(leaderboardRoute, "GET", `/api/leaderboard?${query}`)).body as {
    total: number;
    items: { handle: string; rank: number; points: number }[];
  };
const profile = (handle: string) =>
  call(profileRoute, "GET", `/api/profiles/${handle}`, { params: { handle } });
const fileStatus = async (key: string, cookie?: string) => {
  const request = new Request(`http://localhost:3000/api/files/${key}`, {
    headers: cookie ? { cookie } : {},
  });
  const response = await fileRoute(request, {
    params: Promise.resolve({ key: key.split("/") }),
  });
  return response.status;
};
const setPublic = (person: Person, publicProfile: unknown) =>
  call(patchMe, "PATCH", "/api/me", { cookie: person.cookie, body: { publicProfile } });
const handles = (page: { items: { handle: string }[] }) => page.items.map((item) => item.handle);
const storyHandles = async () => (await getCachedHomeStories()).map((story) => story.author.handle);

describe("before the switch", () => {
  test("both educators are public everywhere", async () => {
    expect(handles(await board("period=all"))).toEqual([hana.user.handle, vera.user.handle]);
    expect((await profile(hana.user.handle)).status).toBe(200);
    expect(await fileStatus(hana.key)).toBe(200);
    expect(await storyHandles()).toEqual(
      expect.arrayContaining([hana.user.handle, vera.user.handle]),
    );
    const me = await call(meRoute, "GET", "/api/me", { cookie: hana.cookie });
    expect(me.body.publicProfile).toBe(true);
  });
});

describe("switched off", () => {
  let metricsBefore: { participants: number; pointsAwarded: number };

  beforeAll(async () => {
    metricsBefore = (await call(metricsRoute, "GET", "/api/metrics")).body;
  });

  test("bad input is a 400 and writes nothing", async () => {
    const changes = (await readPublicVersions()).changes;
    const response = await setPublic(hana, "no");
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("VALIDATION_FAILED");
    expect(await settingsRows(hana.user.id)).toEqual([]);
    expect((await readPublicVersions()).changes).toBe(changes);
  });

  test("PATCH /api/me turns it off, audited once, and marks public data changed", async () => {
    const before = await readPublicVersions();
    const response = await setPublic(hana, false);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ handle: hana.user.handle, publicProfile: false });
    expect((await readPublicVersions()).changes).toBeGreaterThan(before.changes);
    // Saving the same value again changes nothing and audits nothing.
    const again = await readPublicVersions();
    expect((await setPublic(hana, false)).status).toBe(200);
    expect((await readPublicVersions()).changes).toBe(again.changes);
    const audits = await privileged({ system: "test" }, (tx) =>
      tx
        .select()
        .from(audit_log)
        .where(
          and(
            eq(audit_log.target_id, hana.user.id),
            eq(audit_log.action, "account.public_profile_changed"),
          ),
        ),
    );
    expect(audits).toHaveLength(1);
    expect(audits[0]!.meta).toEqual({ publicProfile: false });
  });

  test("at once: profile API and page 404, OG tags gone, evidence and files private, stories without them", async () => {
    expect((await profile(hana.user.handle)).status).toBe(404);
    expect(
      await generateMetadata({ params: Promise.resolve({ handle: hana.user.handle }) }),
    ).toEqual({
      title: "Page not found",
    });
    expect(await fileStatus(hana.key)).toBe(404);
    expect(await fileStatus(hana.key, vera.cookie)).toBe(404);
    expect(await storyHandles()).not.toContain(hana.user.handle);
    expect(await storyHandles()).toContain(vera.user.handle);
    const submission = (id: string, cookie?: string) =>
      call(submissionRoute, "GET", `/api/submissions/${id}`, { params: { id }, cookie });
    expect((await submission(hana.submissionId)).status).toBe(404);
    expect((await submission(hana.submissionId, vera.cookie)).status).toBe(404);
    expect((await submission(vera.submissionId)).status).toBe(200);
    expect((await submission(hana.submissionId, hana.cookie)).status).toBe(200);
    const asVisitorRows = await asVisitor((tx) =>
      tx
        .select({ id: submissions.id })
        .from(submissions)
        .where(eq(submissions.user_id, hana.user.id)),
    );
    expect(asVisitorRows).toEqual([]);
    const asPeerRows = await withUser({ userId: vera.user.id, role: "PARTICIPANT" }, (tx) =>
      tx
        .select({ id: submissions.id })
        .from(submissions)
        .where(eq(submissions.user_id, hana.user.id)),
    );
    expect(asPeerRows).toEqual([]);
  });

  test("after the refresh: absent from both leaderboards, search, cohorts and deep pages; ranks recomputed", async () => {
    expect((await refreshLeaderboards()).refreshed).toBe(true);
    for (const period of ["all", "30d"]) {
      const page = await board(`period=${period}`);
      expect(page.items.map((item) => [item.handle, item.rank])).toEqual([[vera.user.handle, 1]]);
      expect(page.total).toBe(1);
    }
    expect((await board("q=Hana")).total).toBe(0);
    expect((await board(`q=${hana.user.handle}`)).items).toEqual([]);
    expect(handles(await board("limit=1&offset=1"))).toEqual([]);
  });

  test("still theirs: own file, own points; still in admin views and in the totals", async () => {
    expect(await fileStatus(hana.key, hana.cookie)).toBe(200);
    expect(await fileStatus(hana.key, admin.cookie)).toBe(200);
    const me = await call(meRoute, "GET", "/api/me", { cookie: hana.cookie });
    expect(me.body).toMatchObject({ points: 100, publicProfile: false });
    const users = await call(adminUsersRoute, "GET", "/api/admin/users?q=Hana", {
      cookie: admin.cookie,
    });
    expect(users.body.items.map((u: { id: string }) => u.id)).toContain(hana.user.id);
    const evidence = await call(
      adminSubmissionRoute,
      "GET",
      `/api/admin/submissions/${hana.submissionId}`,
      {
        cookie: admin.cookie,
        params: { id: hana.submissionId },
      },
    );
    expect(evidence.status).toBe(200);
    const metrics = (await call(metricsRoute, "GET", "/api/metrics")).body;
    expect(metrics.participants).toBe(metricsBefore.participants);
    expect(metrics.pointsAwarded).toBe(metricsBefore.pointsAwarded);
    expect(metrics.pointsAwarded).toBeGreaterThanOrEqual(150);
  });
});

describe("switched back on", () => {
  test("profile, files and stories come back at once, the leaderboards after the refresh", async () => {
    const response = await setPublic(hana, true);
    expect(response.body.publicProfile).toBe(true);
    expect((await profile(hana.user.handle)).status).toBe(200);
    expect(await fileStatus(hana.key)).toBe(200);
    expect(await storyHandles()).toContain(hana.user.handle);
    await refreshLeaderboards();
    expect((await board("period=all")).items.map((item) => [item.handle, item.rank])).toEqual([
      [hana.user.handle, 1],
      [vera.user.handle, 2],
    ]);
    expect((await board("q=Hana")).total).toBe(1);
  });
});

async function settingsRows(userId: string) {
  return privileged({ system: "test" }, (tx) =>
    tx.select().from(account_settings).where(eq(account_settings.user_id, userId)),
  );
}
