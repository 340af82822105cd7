/**
 * Edit forms write only what the person changed (issue 10 item 1): two admins saving
 * different fields from forms opened before either save both keep their change; the
 * same field changed by both is refused with a clear message instead of silently undone.
 */
import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { PATCH as patchUserRoute } from "../../src/app/api/admin/users/[id]/route";
import { updateUser } from "../../src/app/admin/users/actions";
import { updateBadgeAction } from "../../src/app/admin/badges/actions";
import { saveProfile } from "../../src/app/settings/profile/actions";
import { createBadge } from "../../src/server/badges/create-badge";
import { listBadges } from "../../src/server/badges/list-badges";
import { updateBadge } from "../../src/server/badges/update-badge";
import { privileged } from "../../src/server/db/privileged";
import { users, type Role } from "../../src/server/db/schema";
import type { FormState } from "../../src/server/forms/form-state";
import type { UserRow } from "../../src/server/users/user-dto";
import { signUp } from "../helpers/accounts";
import { call } from "../helpers/http";
import { actionSession } from "../helpers/action-session";
import { requestLanguage } from "../helpers/request-language";
import { setupTestDatabase } from "../helpers/test-database";

vi.mock("../../src/server/auth/guards", async () =>
  (await import("../helpers/action-session")).signedInGuards(),
);
// The actions answer in the request's language: English, the default, unless a test sets one.
vi.mock("next/headers", async () =>
  (await import("../helpers/request-language")).requestLanguageHeaders(),
);
vi.mock("next/cache", () => ({ refresh: () => undefined }));

setupTestDatabase();

const idle: FormState = { status: "idle" };

async function rowOf(id: string): Promise<UserRow> {
  const [row] = await privileged({ system: "test" }, (tx) =>
    tx.select().from(users).where(eq(users.id, id)),
  );
  return row!;
}

async function account(name: string, role: Role) {
  const { user, cookie } = await signUp(name);
  if (user.role !== role) {
    await privileged({ system: "test" }, (tx) =>
      tx.update(users).set({ role }).where(eq(users.id, user.id)),
    );
  }
  return { id: user.id, cookie };
}

/** The user edit form as the page rendered it for `row`, with `changes` typed in. */
function userForm(row: UserRow, changes: Record<string, string>): FormData {
  const rendered = {
    role: row.role,
    cohort: row.cohort ?? "",
    school: row.school ?? "",
    handle: row.handle,
    kajabiContactId: row.kajabi_contact_id ?? "",
  };
  const formData = new FormData();
  for (const [name, value] of Object.entries(rendered)) {
    formData.set(`original.${name}`, value);
    formData.set(name, changes[name] ?? value);
  }
  return formData;
}

let superadmin: { id: string; cookie: string };
let admin: { id: string; cookie: string };

beforeAll(async () => {
  superadmin = await account("Sue Super", "SUPERADMIN");
  admin = await account("Adam Admin", "ADMIN");
});

describe("the admin's user edit form", () => {
  let targetId: string;
  beforeEach(async () => {
    targetId = (await account(`Pat ${Math.random().toString(36).slice(2, 8)}`, "PARTICIPANT")).id;
  });

  test("two admins saving different fields from stale forms both keep their change", async () => {
    const loaded = await rowOf(targetId);
    actionSession.userId = superadmin.id;
    const first = await updateUser(targetId, idle, userForm(loaded, { role: "REVIEWER" }));
    actionSession.userId = admin.id;
    const second = await updateUser(targetId, idle, userForm(loaded, { cohort: "Batch 7" }));

    expect(first).toMatchObject({ status: "success", message: "Changes saved." });
    expect(second).toMatchObject({ status: "success", message: "Changes saved." });
    expect(await rowOf(targetId)).toMatchObject({ role: "REVIEWER", cohort: "Batch 7" });
  });

  test("the same field changed by both: the second save is refused and nothing is written", async () => {
    const loaded = await rowOf(targetId);
    actionSession.userId = superadmin.id;
    await updateUser(targetId, idle, userForm(loaded, { school: "North School" }));
    actionSession.userId = admin.id;
    const second = await updateUser(
      targetId,
      idle,
      userForm(loaded, { school: "South School", cohort: "Batch 8" }),
    );

    expect(second).toMatchObject({
      status: "error",
      message:
        "This user was changed by someone else since you opened the page; reload to see the current values.",
      fieldErrors: { school: "Changed by someone else since you opened the page." },
    });
    expect(await rowOf(targetId)).toMatchObject({ school: "North School", cohort: null });
  });

  test("both wanting the same value is no conflict", async () => {
    const loaded = await rowOf(targetId);
    actionSession.userId = superadmin.id;
    await updateUser(targetId, idle, userForm(loaded, { cohort: "Batch 9" }));
    actionSession.userId = admin.id;
    const second = await updateUser(targetId, idle, userForm(loaded, { cohort: "Batch 9" }));
    expect(second.status).toBe("success");
    expect((await rowOf(targetId)).cohort).toBe("Batch 9");
  });

  test("NEXT_LOCALE=id: the form's messages are in Indonesian", async () => {
    const loaded = await rowOf(targetId);
    actionSession.userId = admin.id;
    requestLanguage.cookie = "id";
    try {
      const saved = await updateUser(targetId, idle, userForm(loaded, { cohort: "Angkatan 3" }));
      expect(saved).toMatchObject({ status: "success", message: "Perubahan disimpan." });
      const again = await updateUser(targetId, idle, userForm(await rowOf(targetId), {}));
      expect(again).toMatchObject({
        status: "success",
        message: "Tidak ada yang disimpan: tidak ada isian yang diubah.",
      });
    } finally {
      requestLanguage.cookie = undefined;
    }
  });

  test("a save that changes nothing writes nothing and says so", async () => {
    const loaded = await rowOf(targetId);
    actionSession.userId = admin.id;
    const result = await updateUser(targetId, idle, userForm(loaded, {}));
    expect(result).toMatchObject({ status: "success", message: expect.stringMatching(/Nothing/) });
    expect(await rowOf(targetId)).toEqual(loaded);
  });

  test("the API refuses a change whose expected value is out of date (409)", async () => {
    const response = await call(patchUserRoute, "PATCH", `/api/admin/users/${targetId}`, {
      cookie: admin.cookie,
      params: { id: targetId },
      body: { school: "East School", expected: { school: "Somewhere else" } },
    });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe("CONFLICT");
    expect((await rowOf(targetId)).school).toBeNull();
  });
});

describe("the profile form", () => {
  test("a stale form does not write back the name changed since in another tab", async () => {
    const { user } = await signUp("Old Name");
    const loaded = await rowOf(user.id);
    await privileged({ system: "test" }, (tx) =>
      tx.update(users).set({ name: "New Name" }).where(eq(users.id, user.id)),
    );
    const rendered = { name: loaded.name, handle: loaded.handle, school: "", avatarUrl: "" };
    const formData = new FormData();
    for (const [name, value] of Object.entries(rendered)) {
      formData.set(`original.${name}`, value);
      formData.set(name, name === "school" ? "Riverside Academy" : value);
    }
    actionSession.userId = user.id;
    const result = await saveProfile(idle, formData);
    expect(result.status).toBe("success");
    expect(await rowOf(user.id)).toMatchObject({ name: "New Name", school: "Riverside Academy" });
  });
});

describe("the badge edit form", () => {
  test("a stale form changing the name keeps the description changed since", async () => {
    const superRow = await rowOf(superadmin.id);
    const code = `KEEP_${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
    await createBadge(superRow, {
      code,
      name: "Mentor",
      description: "Mentored a colleague.",
      iconUrl: null,
      criteria: { kind: "total_points", min: 100 },
    });
    await updateBadge(superRow, code, { description: "Mentored two colleagues." });
    const rendered = {
      name: "Mentor",
      description: "Mentored a colleague.",
      iconUrl: "",
      criteriaKind: "total_points",
      criteriaMin: "100",
    };
    const formData = new FormData();
    for (const [name, value] of Object.entries(rendered)) {
      formData.set(`original.${name}`, value);
      formData.set(name, name === "name" ? "Mentor of the year" : value);
    }
    actionSession.userId = admin.id;
    const result = await updateBadgeAction(code, idle, formData);
    expect(result).toMatchObject({ status: "success", message: "Changes saved." });
    const badge = (await listBadges()).find((candidate) => candidate.code === code);
    expect(badge).toMatchObject({
      name: "Mentor of the year",
      description: "Mentored two colleagues.",
      criteria: { kind: "total_points", min: 100 },
    });
  });
});
