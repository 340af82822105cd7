/**
 * GET /api/admin/audit (docs/product.md §11): filters, the keyset cursor across rows with
 * equal timestamps, names in the entries, validation, roles, and the matching CSV export.
 */
import { parse } from "csv-parse/sync";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { GET as auditRoute } from "../../src/app/api/admin/audit/route";
import { GET as exportRoute } from "../../src/app/api/admin/exports/[file]/route";
import { listAuditEntries, listAuditInput } from "../../src/server/audit/list-audit-entries";
import { privileged } from "../../src/server/db/privileged";
import { audit_log, users, type Role } from "../../src/server/db/schema";
import { signUp } from "../helpers/accounts";
import { createUser } from "../helpers/factories";
import { BASE_URL, call } from "../helpers/http";
import { setupTestDatabase } from "../helpers/test-database";

setupTestDatabase();

const SYSTEM = { system: "test" } as const;
const SAME_INSTANT = new Date("2026-05-05T10:00:00.123Z");

let admin: string;
let reviewer: string;
let actor: { id: string; handle: string };
let subject: { id: string; handle: string };

async function account(name: string, role: Role) {
  const { user, cookie } = await signUp(name);
  if (user.role !== role) {
    await privileged(SYSTEM, (tx) => tx.update(users).set({ role }).where(eq(users.id, user.id)));
  }
  return cookie;
}

const list = (query: string, cookie: string = admin) =>
  call(auditRoute, "GET", `/api/admin/audit${query}`, { cookie });

beforeAll(async () => {
  await account("Sue Super", "SUPERADMIN");
  admin = await account("Adam Admin", "ADMIN");
  reviewer = await account("Rita Reviewer", "REVIEWER");
  actor = await createUser({ name: "Ani Actor" });
  subject = await createUser({ name: "Budi Subject" });
  const rows: (typeof audit_log.$inferInsert)[] = [];
  // Nine rows at the very same instant, so only the id orders them.
  for (let i = 0; i < 9; i += 1) {
    rows.push({
      actor_id: actor.id,
      action: "user.cohort_assigned",
      target_id: subject.id,
      meta: { before: { cohort: null }, after: { cohort: `c${i}` } },
      created_at: SAME_INSTANT,
    });
  }
  for (let day = 1; day <= 6; day += 1) {
    rows.push({
      actor_id: subject.id,
      action: "profile.update",
      target_id: subject.id,
      meta: { before: { school: null }, after: { school: "SDN 1" } },
      created_at: new Date(`2026-05-0${day}T08:00:00Z`),
    });
  }
  await privileged(SYSTEM, (tx) => tx.insert(audit_log).values(rows));
});

async function walk(query: string, limit: number) {
  const ids: string[] = [];
  const times: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const response = await list(
      `?${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
    );
    expect(response.status).toBe(200);
    expect(response.body.items.length).toBeLessThanOrEqual(limit);
    ids.push(...response.body.items.map((item: { id: string }) => item.id));
    times.push(...response.body.items.map((item: { createdAt: string }) => item.createdAt));
    cursor = response.body.nextCursor;
    pages += 1;
  } while (cursor && pages < 50);
  return { ids, times, pages };
}

describe("GET /api/admin/audit", () => {
  test("pages through equal timestamps with neither duplicates nor gaps", async () => {
    const all = await privileged(SYSTEM, (tx) =>
      tx.select({ id: audit_log.id }).from(audit_log).where(eq(audit_log.actor_id, actor.id)),
    );
    for (const limit of [1, 2, 4, 9, 10]) {
      const { ids, pages } = await walk(`actor=${actor.id}`, limit);
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort()).toEqual(all.map((row) => row.id).sort());
      expect(pages).toBe(Math.ceil(9 / limit)); // no empty last page
      // Same instant: newest-first order falls back to id, descending.
      expect(ids).toEqual([...ids].sort().reverse());
    }
  });

  test("the whole log pages newest first", async () => {
    const { ids, times } = await walk("", 4);
    expect(new Set(ids).size).toBe(ids.length);
    expect(times).toEqual([...times].sort().reverse());
    expect(ids.length).toBeGreaterThanOrEqual(15);
  });

  test("filters by actor (id or handle), action, target and UTC dates", async () => {
    const ofActor = await list(`?actor=@${actor.handle}`);
    expect(ofActor.body.items).toHaveLength(9);
    const byAction = await list(`?action=profile.update&actor=${subject.id}`);
    expect(byAction.body.items).toHaveLength(6);
    const byTarget = await list(`?target=${subject.handle}&limit=200`);
    expect(byTarget.body.items).toHaveLength(15);
    const dated = await list(`?actor=${subject.handle}&from=2026-05-02&to=2026-05-04`);
    expect(dated.body.items.map((item: { createdAt: string }) => item.createdAt)).toEqual([
      "2026-05-04T08:00:00.000Z",
      "2026-05-03T08:00:00.000Z",
      "2026-05-02T08:00:00.000Z",
    ]);
    expect((await list("?actor=nobody-at-all")).body).toEqual({ items: [], nextCursor: null });
  });

  test("entries carry the spec's fields and name people in words", async () => {
    const { body } = await list(`?actor=${actor.id}&limit=1`);
    const [item] = body.items;
    expect(Object.keys(item)).toEqual(
      expect.arrayContaining(["id", "actorId", "action", "targetId", "meta", "createdAt"]),
    );
    expect(item.actorId).toBe(actor.id);
    expect(item.createdAt).toBe(SAME_INSTANT.toISOString());
    const labels = item.description
      .map((part: string | { label: string }) => (typeof part === "string" ? part : part.label))
      .join("");
    expect(labels).toContain("Ani Actor");
    expect(labels).toContain("Budi Subject");
    expect(typeof body.nextCursor).toBe("string");
  });

  test.each([
    ["?cursor=not-a-cursor", "cursor"],
    [`?cursor=${Buffer.from('["2026-01-01", "x"]').toString("base64url")}`, "cursor"],
    ["?from=2026-02-30", "from"],
    ["?from=2026-05-04&to=2026-05-01", "from"],
    ["?limit=0", "limit"],
    ["?limit=201", "limit"],
    ["?sort=asc", ""],
  ])("%s is a 400", async (query, field) => {
    const response = await list(query);
    expect(response.status).toBe(400);
    if (field) expect(JSON.stringify(response.body.error)).toContain(field);
  });

  test("admins only: reviewers get 403, visitors 401", async () => {
    expect((await list("", reviewer)).status).toBe(403);
    expect((await list("", "")).status).toBe(401);
  });

  test("the CSV export takes the same filters", async () => {
    const request = new Request(
      `${BASE_URL}/api/admin/exports/audit.csv?actor=${actor.handle}&target=${subject.id}`,
      { headers: { cookie: admin } },
    );
    const response = await exportRoute(request, { params: Promise.resolve({ file: "audit.csv" }) });
    expect(response.status).toBe(200);
    const rows: Record<string, string>[] = parse(await response.text(), {
      bom: true,
      columns: true,
    });
    expect(rows).toHaveLength(9);
    expect(new Set(rows.map((row) => row.actor_handle))).toEqual(new Set([actor.handle]));
  });

  test("the admin pages read the entries in the reader's language, people still linked", async () => {
    const [adminRow] = await privileged(SYSTEM, (tx) =>
      tx.select().from(users).where(eq(users.name, "Adam Admin")),
    );
    const input = listAuditInput.parse({ actor: actor.id, limit: 1 });
    const [english] = (await listAuditEntries(adminRow!, input)).items;
    const [indonesian] = (await listAuditEntries(adminRow!, input, "id")).items;
    const told = (parts: (string | { userId: string; label: string })[]) =>
      parts.map((part) => (typeof part === "string" ? part : `[${part.label}]`)).join("");
    expect(told(english!.description)).toMatch(
      /^\[Ani Actor\] put \[Budi Subject\] in cohort c\d$/,
    );
    expect(told(indonesian!.description)).toMatch(
      /^\[Ani Actor\] memasukkan \[Budi Subject\] ke angkatan c\d$/,
    );
    expect(indonesian!.description).toContainEqual({ userId: subject.id, label: "Budi Subject" });
  });

  test("the CSV export also takes days typed dd/mm/yyyy, as the export form sends them", async () => {
    const request = new Request(
      `${BASE_URL}/api/admin/exports/audit.csv?actor=${subject.handle}&from=02%2F05%2F2026&to=4/5/2026`,
      { headers: { cookie: admin } },
    );
    const response = await exportRoute(request, { params: Promise.resolve({ file: "audit.csv" }) });
    expect(response.status).toBe(200);
    const rows: Record<string, string>[] = parse(await response.text(), {
      bom: true,
      columns: true,
    });
    expect(rows).toHaveLength(3);
  });
});
