/** Admin screens name people and count duplicates (docs/product.md §6, §9). */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { GET as listRoute } from "../../src/app/api/admin/kajabi/events/route";
import { GET as userRoute } from "../../src/app/api/admin/users/[id]/route";
import { signUp } from "../helpers/accounts";
import { submitValid } from "../helpers/evidence";
import { createUser } from "../helpers/factories";
import { call } from "../helpers/http";
import { deliver, KAJABI_SECRET, kajabiBody } from "../helpers/kajabi-sender";
import { reviewWithVersion } from "../helpers/review";
import { setupTestDatabase } from "../helpers/test-database";

setupTestDatabase();

let admin: { cookie: string; user: { id: string } };

beforeAll(async () => {
  process.env.KAJABI_WEBHOOK_SECRET = KAJABI_SECRET;
  admin = await signUp("Sari Dewi"); // first account: SUPERADMIN
});
afterAll(() => {
  delete process.env.KAJABI_WEBHOOK_SECRET;
});

const listEvents = async () =>
  (await call(listRoute, "GET", "/api/admin/kajabi/events", { cookie: admin.cookie })).body;

describe("Kajabi events for admins", () => {
  test("repeated deliveries of a stored event id are counted, apart from already-credited courses", async () => {
    const educator = await createUser({ name: "Budi Santoso" });
    const first = kajabiBody({ email: educator.email });
    expect((await deliver(first)).body).toEqual({ status: "credited" });
    const before = await listEvents();
    expect(before.repeatedDeliveries).toBe(0);

    for (let i = 0; i < 2; i++)
      expect((await deliver(first)).body).toEqual({ status: "duplicate" });
    // A new event id for the same course: stored, and answered duplicate by its outcome.
    const again = kajabiBody({ email: educator.email });
    expect((await deliver(again)).body).toEqual({ status: "duplicate" });

    const after = await listEvents();
    expect(after.repeatedDeliveries).toBe(2);
    expect(after.counts).toMatchObject({ credited: 1, duplicate: 1 });
    expect(after.total).toBe(2);
  });

  test("a matched event names its user; an unmatched one has none", async () => {
    const educator = await createUser({ name: "Rina Wulandari" });
    await deliver(kajabiBody({ email: educator.email, tag: "elevate-ai-2-completed" }));
    await deliver(kajabiBody({ email: "nobody-yet@example.test" }));
    const { items } = await listEvents();
    const [unmatched, matched] = items;
    expect(unmatched).toMatchObject({ status: "unmatched", matchedUser: null });
    expect(matched).toMatchObject({
      status: "credited",
      matchedUser: { id: educator.id, name: "Rina Wulandari", handle: educator.handle },
    });
  });
});

describe("audit entries for admins", () => {
  test("say who did what to whom by name, with the raw values kept", async () => {
    const educator = await signUp("Budi Santoso");
    const id = await submitValid(educator.cookie, "EXPLORE");
    expect((await reviewWithVersion(admin.cookie, id, { action: "approve" })).status).toBe(200);

    const response = await call(userRoute, "GET", `/api/admin/users/${educator.user.id}`, {
      cookie: admin.cookie,
      params: { id: educator.user.id },
    });
    expect(response.status).toBe(200);
    const approved = response.body.audit.find(
      (entry: { action: string }) => entry.action === "submission.approved",
    );
    expect(approved).toMatchObject({
      actorId: admin.user.id,
      targetId: id,
      meta: { points: 50 },
      description: [
        { userId: admin.user.id, label: "Sari Dewi" },
        " approved ",
        "Explore evidence of ",
        { userId: educator.user.id, label: "Budi Santoso" },
        " (+50 points)",
      ],
    });
    const created = response.body.audit.find(
      (entry: { action: string }) => entry.action === "submission.created",
    );
    expect(created.description).toEqual([
      { userId: educator.user.id, label: "Budi Santoso" },
      " submitted ",
      "their Explore evidence",
    ]);
  });
});
