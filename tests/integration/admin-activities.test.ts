/**
 * An admin edits activity default points and descriptions (docs/product.md §3): the next
 * approval credits the new value, ledger rows already written keep theirs, every change
 * is audited with before and after, and bad input changes nothing.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { PATCH as activityRoute } from "../../src/app/api/admin/activities/[code]/route";
import { privileged } from "../../src/server/db/privileged";
import {
  activities,
  activity_descriptions,
  audit_log,
  points_ledger,
  users,
  type Role,
} from "../../src/server/db/schema";
import { signUp } from "../helpers/accounts";
import { submitValid } from "../helpers/evidence";
import { call } from "../helpers/http";
import { reviewWithVersion } from "../helpers/review";
import { setupTestDatabase } from "../helpers/test-database";

setupTestDatabase();

const SYSTEM = { system: "test" } as const;
let admin: string;
let reviewer: string;

async function account(name: string, role: Role) {
  const { user, cookie } = await signUp(name);
  if (user.role !== role) {
    await privileged(SYSTEM, (tx) => tx.update(users).set({ role }).where(eq(users.id, user.id)));
  }
  return { cookie, id: user.id };
}

const patch = (code: string, body: unknown, cookie = admin) =>
  call(activityRoute, "PATCH", `/api/admin/activities/${code}`, {
    cookie,
    body,
    params: { code },
  });

const activity = async (code: string) =>
  (
    await privileged(SYSTEM, (tx) =>
      tx
        .select({
          code: activities.code,
          default_points: activities.default_points,
          description: activity_descriptions.description,
        })
        .from(activities)
        .leftJoin(activity_descriptions, eq(activity_descriptions.activity_code, activities.code))
        .where(eq(activities.code, code)),
    )
  )[0]!;

const ledgerOf = (userId: string) =>
  privileged(SYSTEM, (tx) =>
    tx
      .select({ points: points_ledger.delta_points })
      .from(points_ledger)
      .where(and(eq(points_ledger.user_id, userId), eq(points_ledger.activity_code, "EXPLORE"))),
  );

beforeAll(async () => {
  await account("Sue Super", "SUPERADMIN");
  admin = (await account("Adam Admin", "ADMIN")).cookie;
  reviewer = (await account("Rita Reviewer", "REVIEWER")).cookie;
});

describe("PATCH /api/admin/activities/<code>", () => {
  test("a new default applies to the next approval, not to ledger rows already written", async () => {
    const early = await account("Early Educator", "PARTICIPANT");
    const first = await submitValid(early.cookie, "EXPLORE");
    expect((await reviewWithVersion(admin, first, { action: "approve" })).body.pointsCredited).toBe(
      50,
    );

    const response = await patch("explore", { defaultPoints: 65 });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ code: "EXPLORE", defaultPoints: 65 });

    const late = await account("Late Educator", "PARTICIPANT");
    const second = await submitValid(late.cookie, "EXPLORE");
    const approved = await reviewWithVersion(admin, second, { action: "approve" });
    expect(approved.body.pointsCredited).toBe(65);
    expect(await ledgerOf(late.id)).toEqual([{ points: 65 }]);
    expect(await ledgerOf(early.id)).toEqual([{ points: 50 }]);

    const [audit] = await privileged(SYSTEM, (tx) =>
      tx.select().from(audit_log).where(eq(audit_log.action, "activity.updated")),
    );
    expect(audit).toMatchObject({
      target_id: "EXPLORE",
      meta: { before: { default_points: 50 }, after: { default_points: 65 } },
    });
  });

  test("descriptions change alone; Amplify and Shine keep 0 points", async () => {
    const text = "Train fellow teachers — dan siswa — in what you have learned.";
    const response = await patch("AMPLIFY", { description: `  ${text}  ` });
    expect(response.status).toBe(200);
    expect((await activity("AMPLIFY")).description).toBe(text);
    expect((await patch("AMPLIFY", { defaultPoints: 0 })).status).toBe(200);
    const refused = await patch("SHINE", { defaultPoints: 10 });
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toMatch(/Shine.*stays 0/);
    expect((await activity("SHINE")).default_points).toBe(0);
  });

  test.each([
    [{ defaultPoints: 1001 }, 400],
    [{ defaultPoints: -1 }, 400],
    [{ defaultPoints: 2.5 }, 400],
    [{ defaultPoints: "20" }, 400],
    [{ description: "d".repeat(1001) }, 400],
    [{}, 400],
    [{ defaultPoints: 20, name: "Renamed" }, 400],
  ])("%j is refused (%i) and nothing changes", async (body, status) => {
    const before = await activity("PRESENT");
    expect((await patch("PRESENT", body)).status).toBe(status);
    expect(await activity("PRESENT")).toEqual(before);
  });

  test("unknown activity 404; reviewers 403", async () => {
    expect((await patch("NOPE", { defaultPoints: 5 })).status).toBe(404);
    expect((await patch("LEARN", { defaultPoints: 30 }, reviewer)).status).toBe(403);
    expect((await activity("LEARN")).default_points).toBe(20);
  });
});
