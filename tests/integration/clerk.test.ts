/**
 * Clerk mode (docs/product.md §2, issue 3) end to end through the route handlers: session JWTs
 * verified offline, the lazy upsert of unknown Clerk users, the Svix-signed user
 * webhook (idempotent per svix-id), anonymisation on user.deleted and the bootstrap
 * SUPERADMIN. A local peer (tests/helpers/clerk-peer.ts) stands in for Clerk's servers.
 *
 * The database is shared by every test in this file, so the bootstrap block runs first
 * and later blocks only ever count what changed.
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { GET as getMeRoute } from "../../src/app/api/me/route";
import { POST as clerkWebhookRoute } from "../../src/app/api/webhooks/clerk/route";
import { requireRole, requireUser } from "../../src/server/auth/guards";
import { dbSession } from "../../src/server/db/db-session";
import { privileged } from "../../src/server/db/privileged";
import { queryRows } from "../../src/server/db/query-rows";
import { audit_log, points_ledger, submissions, users } from "../../src/server/db/schema";
import { AppError } from "../../src/server/errors";
import {
  APP_ORIGIN,
  CLERK_ISSUER,
  clerkEvent,
  clerkUserData,
  clerkUserDeleted,
  clerkUserId,
  hs256Token,
  startClerkPeer,
  svixMessageId,
  tamperPayload,
  unsignedToken,
  webhookSecret,
  type ClerkPeer,
  type ClerkUserFields,
} from "../helpers/clerk-peer";
import { addPoints, createSubmission } from "../helpers/factories";
import { setupTestDatabase } from "../helpers/test-database";

const database = setupTestDatabase();

const HANDLE = /^[a-z0-9_-]{3,30}$/;
const SYSTEM = { system: "clerk-test" } as const;
const ENV_KEYS = [
  "AUTH_PROVIDER",
  "CLERK_JWT_KEY",
  "CLERK_ISSUER",
  "CLERK_AUTHORIZED_PARTIES",
  "CLERK_WEBHOOK_SECRET",
  "ADMIN_EMAILS",
] as const;

let peer: ClerkPeer;
const savedEnv: Partial<Record<(typeof ENV_KEYS)[number], string | undefined>> = {};

beforeAll(async () => {
  peer = await startClerkPeer();
  for (const key of ENV_KEYS) savedEnv[key] = process.env[key];
  process.env.AUTH_PROVIDER = "clerk";
  process.env.CLERK_JWT_KEY = peer.publicKeyPem;
  process.env.CLERK_ISSUER = CLERK_ISSUER;
  process.env.CLERK_AUTHORIZED_PARTIES = `https://leaps.example, ${APP_ORIGIN}`;
  process.env.CLERK_WEBHOOK_SECRET = peer.secret;
  process.env.ADMIN_EMAILS = "boss@leaps.test, CHIEF@leaps.test,head@leaps.test";
});

afterAll(() => {
  for (const key of ENV_KEYS) {
    const value = savedEnv[key];
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

// ---------------------------------------------------------------- requests

const routeContext = { params: Promise.resolve({}) };

function getMe(headers: Record<string, string>): Promise<Response> {
  return getMeRoute(new Request("http://localhost/api/me", { headers }), routeContext);
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const sessionCookie = (token: string) => ({ cookie: `theme=dark; __session=${token}` });

function deliver(body: string, headers: Record<string, string>): Promise<Response> {
  return clerkWebhookRoute(
    new Request("http://localhost/api/webhooks/clerk", { method: "POST", headers, body }),
    routeContext,
  );
}

/** A correctly signed delivery of body (a fresh svix-id unless one is given). */
function send(body: string, options: { id?: string; timestamp?: Date } = {}) {
  return deliver(body, peer.webhookHeaders(body, options));
}

const userCreated = (fields: ClerkUserFields) => clerkEvent("user.created", clerkUserData(fields));
const userUpdated = (fields: ClerkUserFields) => clerkEvent("user.updated", clerkUserData(fields));

interface MeBody {
  id: string;
  handle: string;
  name: string;
  email: string;
  role: string;
  avatarUrl: string | null;
  points: number;
}

async function expectMe(response: Response): Promise<MeBody> {
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("private, no-store");
  return (await response.json()) as MeBody;
}

async function expectProcessed(response: Response, status = "processed"): Promise<void> {
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status });
}

/**
 * An error response in the API's one shape, `{"error":{"code","message","details"?}}`,
 * with nothing of a stack trace, the driver, the schema or the libraries in it.
 */
async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  const text = await response.text();
  const body = JSON.parse(text) as { error: Record<string, unknown> };
  expect(Object.keys(body)).toEqual(["error"]);
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe("string");
  expect(String(body.error.message).length).toBeGreaterThan(0);
  const allowed =
    code === "VALIDATION_FAILED" ? ["code", "details", "message"] : ["code", "message"];
  for (const key of Object.keys(body.error)) expect(allowed).toContain(key);
  expect(text).not.toMatch(
    /\bat \S+ \(|\.ts:\d+|node_modules|stack|duplicate key|violates|constraint|users_|webhook_deliveries|relation|SQLSTATE|pglite|ZodError|WebhookVerification|JWS|JWTExpired|jose|svix/i,
  );
  return body.error;
}

// ---------------------------------------------------------------- database reads

interface Counts {
  users: number;
  deliveries: number;
  audit: number;
  ledger: number;
}

async function counts(): Promise<Counts> {
  const [row] = await privileged(SYSTEM, (tx) =>
    queryRows<Counts>(
      tx,
      `SELECT (SELECT count(*) FROM users)::int AS users,
              (SELECT count(*) FROM webhook_deliveries)::int AS deliveries,
              (SELECT count(*) FROM audit_log)::int AS audit,
              (SELECT count(*) FROM points_ledger)::int AS ledger`,
    ),
  );
  if (!row) throw new Error("no counts");
  return row;
}

async function userRow(id: string) {
  const rows = await privileged(SYSTEM, (tx) => tx.select().from(users).where(eq(users.id, id)));
  return rows[0];
}

async function auditRows(targetId: string) {
  return privileged(SYSTEM, (tx) =>
    tx.select().from(audit_log).where(eq(audit_log.target_id, targetId)),
  );
}

/** Runs fn and expects that it wrote nothing to users, webhook_deliveries, audit_log. */
async function expectNothingWritten(fn: () => Promise<void>): Promise<void> {
  const before = await counts();
  await fn();
  expect(await counts()).toEqual(before);
}

// ================================================================= bootstrap (first!)

describe("bootstrap roles", () => {
  let first: string;

  test("the first Clerk user, while no admin exists, becomes SUPERADMIN (audited)", async () => {
    expect((await counts()).users).toBe(0);
    first = clerkUserId();
    const me = await expectMe(await getMe(bearer(await peer.sessionToken(first))));
    expect(me).toMatchObject({ id: first, role: "SUPERADMIN" });
    expect((await userRow(first))?.role).toBe("SUPERADMIN");
    const audit = await auditRows(first);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "user.bootstrap_superadmin",
      actor_id: first,
      target_id: first,
    });
  });

  test("a later Clerk user is a PARTICIPANT, not audited as bootstrap", async () => {
    const later = clerkUserId();
    await expectProcessed(
      await send(userCreated({ id: later, email: "later@leaps.test", firstName: "Later" })),
    );
    expect((await userRow(later))?.role).toBe("PARTICIPANT");
    expect(await auditRows(later)).toEqual([]);

    const lazy = clerkUserId();
    const me = await expectMe(await getMe(bearer(await peer.sessionToken(lazy))));
    expect(me.role).toBe("PARTICIPANT");
  });

  test("an ADMIN_EMAILS address delivered by user.created becomes SUPERADMIN (audited)", async () => {
    const boss = clerkUserId();
    await expectProcessed(
      await send(userCreated({ id: boss, email: "Boss@Leaps.Test", firstName: "Bo" })),
    );
    const row = await userRow(boss);
    expect(row).toMatchObject({ email: "boss@leaps.test", role: "SUPERADMIN" });
    const audit = await auditRows(boss);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "user.bootstrap_superadmin",
      meta: expect.objectContaining({ reason: "ADMIN_EMAILS" }) as unknown,
    });
  });

  test("an ADMIN_EMAILS address in the session token's email claim becomes SUPERADMIN", async () => {
    const chief = clerkUserId();
    const token = await peer.sessionToken(chief, { claims: { email: "chief@LEAPS.test" } });
    const me = await expectMe(await getMe(bearer(token)));
    expect(me).toMatchObject({ id: chief, email: "chief@leaps.test", role: "SUPERADMIN" });
  });

  test("an unlisted address is not promoted by ADMIN_EMAILS", async () => {
    const other = clerkUserId();
    await expectProcessed(
      await send(userCreated({ id: other, email: "boss@leaps.test.example", firstName: "Not" })),
    );
    expect((await userRow(other))?.role).toBe("PARTICIPANT");
  });

  // Clerk's default session token has no email claim, so the lazy upsert usually runs
  // before the user.created webhook and stores a placeholder email. The listed address
  // then arrives by webhook and must still make the user SUPERADMIN (issue 3: ADMIN_EMAILS
  // "become SUPERADMIN at sign-up"); otherwise the outcome depends on a race.
  test("an ADMIN_EMAILS address arriving by webhook after the lazy upsert still makes SUPERADMIN", async () => {
    const head = clerkUserId();
    const me = await expectMe(await getMe(bearer(await peer.sessionToken(head))));
    expect(me.role).toBe("PARTICIPANT");
    expect(me.email.endsWith(".invalid")).toBe(true);

    await expectProcessed(
      await send(userCreated({ id: head, email: "head@leaps.test", firstName: "Head" })),
    );
    const row = await userRow(head);
    expect(row?.email).toBe("head@leaps.test");
    expect(row?.role).toBe("SUPERADMIN");
  });
});

// ================================================================= session tokens

describe("session tokens", () => {
  test("a valid token as Bearer: 200 with the user, created on first sight from the claims", async () => {
    const id = clerkUserId();
    const before = await counts();
    const token = await peer.sessionToken(id, {
      claims: {
        email: "Sari.Oz@Example.TEST",
        name: "Sári Öz",
        image_url: "https://img.clerk.com/sari.png",
      },
    });
    const me = await expectMe(await getMe(bearer(token)));
    expect(me).toMatchObject({
      id,
      name: "Sári Öz",
      email: "sari.oz@example.test",
      handle: "sari-oz",
      avatarUrl: "https://img.clerk.com/sari.png",
      role: "PARTICIPANT",
      points: 0,
    });
    expect((await counts()).users).toBe(before.users + 1);
    expect(await userRow(id)).toMatchObject({ email: "sari.oz@example.test", handle: "sari-oz" });

    // A second request, now by the __session cookie, finds the same row.
    const again = await expectMe(await getMe(sessionCookie(token)));
    expect(again.id).toBe(id);
    expect(again.handle).toBe("sari-oz");
    expect((await counts()).users).toBe(before.users + 1);
  });

  test("a valid token in the __session cookie alone signs the user in", async () => {
    const id = clerkUserId();
    const token = await peer.sessionToken(id, { claims: { name: "Cookie Person" } });
    const me = await expectMe(await getMe(sessionCookie(token)));
    expect(me).toMatchObject({ id, name: "Cookie Person", handle: "cookie-person" });
  });

  test("a second user with the same name gets the next free handle", async () => {
    const id = clerkUserId();
    const token = await peer.sessionToken(id, { claims: { name: "Sári Öz" } });
    const me = await expectMe(await getMe(bearer(token)));
    expect(me.handle).toBe("sari-oz-2");
  });

  test("without profile claims: a placeholder .invalid email and a generated handle", async () => {
    const id = clerkUserId();
    const me = await expectMe(await getMe(bearer(await peer.sessionToken(id))));
    expect(me.id).toBe(id);
    expect(me.email.endsWith(".invalid")).toBe(true);
    expect(me.email).toBe(me.email.toLowerCase());
    expect(me.handle).toMatch(HANDLE);
    expect(me.name.trim().length).toBeGreaterThan(0);
    const row = await userRow(id);
    expect(row?.email).toBe(me.email);
    expect(row?.handle).toBe(me.handle);
  });

  test("a token within the 5 s leeway of its expiry is still accepted", async () => {
    const id = clerkUserId();
    const token = await peer.sessionToken(id, { expiresIn: -2 });
    expect((await expectMe(await getMe(bearer(token)))).id).toBe(id);
  });

  test("the lazy upsert never overwrites what the webhook stored", async () => {
    const id = clerkUserId();
    await expectProcessed(
      await send(
        userCreated({ id, email: "hooked@leaps.test", firstName: "Web", lastName: "Hook" }),
      ),
    );
    const token = await peer.sessionToken(id, {
      claims: { email: "other@leaps.test", name: "Token Name" },
    });
    const me = await expectMe(await getMe(bearer(token)));
    expect(me).toMatchObject({ id, name: "Web Hook", email: "hooked@leaps.test" });
  });

  test("GET /api/me reports the user's points from the ledger", async () => {
    const id = clerkUserId();
    const token = await peer.sessionToken(id);
    await expectMe(await getMe(bearer(token)));
    await addPoints(id, 15);
    await addPoints(id, 5);
    expect((await expectMe(await getMe(bearer(token)))).points).toBe(20);
  });

  // A browser's first page load sends several requests at once, all before the user row
  // exists. On PostgreSQL the test holds inserts into users (a table lock) until all ten
  // requests have looked for the row and are waiting, so they really overlap; PGlite has
  // one connection and runs them one after another.
  test("ten simultaneous first requests of a new user all succeed with one row", async () => {
    const id = clerkUserId();
    const token = await peer.sessionToken(id, { claims: { name: "Rush Hour" } });
    const before = await counts();
    const fire = () => Promise.all(Array.from({ length: 10 }, () => getMe(bearer(token))));
    let responses: Response[];
    const { engine, db } = database();
    if (engine === "postgres") {
      let pending: Promise<Response[]> | undefined;
      await db.transaction(async (tx) => {
        await tx.execute(sql`LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE`);
        pending = fire();
        const deadline = Date.now() + 5_000;
        while (Date.now() < deadline) {
          const [waiting] = await queryRows<{ n: number }>(
            tx,
            "SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted",
          );
          if ((waiting?.n ?? 0) >= 10) break;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      });
      if (!pending) throw new Error("requests not sent");
      responses = await pending;
    } else {
      responses = await fire();
    }
    expect(responses.map((r) => r.status)).toEqual(Array.from({ length: 10 }, () => 200));
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as MeBody[];
    expect(new Set(bodies.map((b) => b.id))).toEqual(new Set([id]));
    expect((await counts()).users).toBe(before.users + 1);
  });

  test("with AUTH_PROVIDER=local a valid Clerk token signs nobody in", async () => {
    const token = await peer.sessionToken(clerkUserId());
    process.env.AUTH_PROVIDER = "local";
    try {
      await expectNothingWritten(async () => {
        await expectError(await getMe(bearer(token)), 401, "UNAUTHENTICATED");
      });
    } finally {
      process.env.AUTH_PROVIDER = "clerk";
    }
  });

  const now = () => Math.floor(Date.now() / 1000);
  const claimsFor = (sub: string) => ({
    sub,
    iss: CLERK_ISSUER,
    azp: APP_ORIGIN,
    iat: now() - 10,
    nbf: now() - 10,
    exp: now() + 60,
  });

  const refused: [string, (sub: string) => Promise<string> | string][] = [
    [
      "a payload changed by one character",
      async (sub) => tamperPayload(await peer.sessionToken(sub)),
    ],
    ["a signature by another key", (sub) => peer.sessionToken(sub, { key: peer.strangerKey })],
    [
      "an expired token (beyond the 5 s leeway)",
      (sub) => peer.sessionToken(sub, { expiresIn: -30 }),
    ],
    ["nbf in the future", (sub) => peer.sessionToken(sub, { notBefore: 60 })],
    ["a wrong issuer", (sub) => peer.sessionToken(sub, { issuer: "https://evil.clerk.test" })],
    [
      "azp not among CLERK_AUTHORIZED_PARTIES",
      (sub) => peer.sessionToken(sub, { azp: "https://evil.example" }),
    ],
    ["no azp while parties are configured", (sub) => peer.sessionToken(sub, { azp: null })],
    ["an empty subject", () => peer.sessionToken("")],
    ["alg none", (sub) => unsignedToken(claimsFor(sub))],
    [
      "HS256 keyed with the public key's PEM",
      (sub) => hs256Token(claimsFor(sub), peer.publicKeyPem),
    ],
    ["a garbage string", () => "not-a-jwt"],
    ["three garbage segments", () => "abc.def.ghi"],
    ["an empty token", () => ""],
  ];

  describe.each([
    ["Authorization: Bearer", bearer],
    ["__session cookie", sessionCookie],
  ])("refused via %s with 401, nothing written", (_transport, headersFor) => {
    test.each(refused)("%s", async (_name, makeToken) => {
      const sub = clerkUserId();
      const token = await makeToken(sub);
      await expectNothingWritten(async () => {
        await expectError(await getMe(headersFor(token)), 401, "UNAUTHENTICATED");
      });
      expect(await userRow(sub)).toBeUndefined();
    });
  });

  test("a token with a Bearer prefix but nothing after it is refused", async () => {
    await expectNothingWritten(async () => {
      await expectError(await getMe({ authorization: "Bearer " }), 401, "UNAUTHENTICATED");
      await expectError(await getMe({ authorization: "Bearer" }), 401, "UNAUTHENTICATED");
      await expectError(await getMe({}), 401, "UNAUTHENTICATED");
    });
  });
});

// ================================================================= guards

describe("guards in clerk mode", () => {
  const request = (token?: string) =>
    new Request("http://localhost/api/anything", { headers: token ? bearer(token) : {} });

  async function rejection(promise: Promise<unknown>): Promise<AppError> {
    const error: unknown = await promise.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }

  test("requireUser: 401 without a token, the user with one", async () => {
    expect((await rejection(requireUser(request()))).status).toBe(401);
    const id = clerkUserId();
    const user = await requireUser(request(await peer.sessionToken(id)));
    expect(user.id).toBe(id);
    expect(dbSession(user)).toEqual({ userId: id, role: "PARTICIPANT" });
  });

  test("requireRole: 403 when the role is too low, the user when high enough", async () => {
    const participant = await peer.sessionToken(clerkUserId());
    const error = await rejection(requireRole("REVIEWER", request(participant)));
    expect(error.code).toBe("FORBIDDEN");
    expect(error.status).toBe(403);

    const adminId = clerkUserId();
    await expectProcessed(
      await send(userCreated({ id: adminId, email: "guard@example.test", firstName: "Guard" })),
    );
    await privileged(SYSTEM, (tx) =>
      tx.update(users).set({ role: "ADMIN" }).where(eq(users.id, adminId)),
    );
    const adminToken = await peer.sessionToken(adminId);
    const admin = await requireRole("ADMIN", request(adminToken));
    expect(admin.id).toBe(adminId);
    const tooLow = await rejection(requireRole("SUPERADMIN", request(adminToken)));
    expect(tooLow.status).toBe(403);
  });
});
// ================================================================= webhook

describe("webhook: user events", () => {
  test("user.created: 200 processed, the row from Clerk's payload", async () => {
    const id = clerkUserId();
    const before = await counts();
    await expectProcessed(
      await send(
        userCreated({
          id,
          email: "Ada.Lovelace@Example.TEST",
          otherEmails: ["old-address@example.test"],
          firstName: "Ada",
          lastName: "Lovelace",
          imageUrl: "https://img.clerk.com/ada.png",
        }),
      ),
    );
    expect(await userRow(id)).toMatchObject({
      email: "ada.lovelace@example.test",
      name: "Ada Lovelace",
      handle: "ada-lovelace",
      avatar_url: "https://img.clerk.com/ada.png",
      role: "PARTICIPANT",
    });
    const after = await counts();
    expect(after.users).toBe(before.users + 1);
    expect(after.deliveries).toBe(before.deliveries + 1);
  });

  test("user.created with only a username names the user by it", async () => {
    const id = clerkUserId();
    await expectProcessed(
      await send(userCreated({ id, email: "nick@example.test", username: "nickname" })),
    );
    expect(await userRow(id)).toMatchObject({ name: "nickname", email: "nick@example.test" });
  });

  test("user.updated changes name, email and avatar", async () => {
    const id = clerkUserId();
    await expectProcessed(
      await send(
        userCreated({
          id,
          email: "grace@example.test",
          firstName: "Grace",
          lastName: "Brewster",
          imageUrl: "https://img.clerk.com/g1.png",
        }),
      ),
    );
    const handle = (await userRow(id))?.handle;
    await expectProcessed(
      await send(
        userUpdated({
          id,
          email: "Grace.Hopper@Example.TEST",
          otherEmails: ["grace@example.test"],
          firstName: "Grace",
          lastName: "Hopper",
          imageUrl: "https://img.clerk.com/g2.png",
        }),
      ),
    );
    expect(await userRow(id)).toMatchObject({
      name: "Grace Hopper",
      email: "grace.hopper@example.test",
      avatar_url: "https://img.clerk.com/g2.png",
      handle,
    });
  });

  test("user.updated for a user the database does not know yet creates them", async () => {
    const id = clerkUserId();
    await expectProcessed(
      await send(
        userUpdated({ id, email: "late@example.test", firstName: "Late", lastName: "Comer" }),
      ),
    );
    expect(await userRow(id)).toMatchObject({ name: "Late Comer", email: "late@example.test" });
  });

  test("user.updated to an email another account uses: 409, nothing changes, delivery not recorded", async () => {
    const taken = clerkUserId();
    const mover = clerkUserId();
    await expectProcessed(
      await send(userCreated({ id: taken, email: "taken@example.test", firstName: "Taken" })),
    );
    await expectProcessed(
      await send(userCreated({ id: mover, email: "mover@example.test", firstName: "Mover" })),
    );
    await expectNothingWritten(async () => {
      await expectError(
        await send(userUpdated({ id: mover, email: "Taken@Example.test", firstName: "Moved" })),
        409,
        "CONFLICT",
      );
    });
    expect(await userRow(mover)).toMatchObject({ email: "mover@example.test", name: "Mover" });
  });

  test("the same svix-id again: 200 duplicate and no change, even with another body", async () => {
    const id = clerkUserId();
    const msgId = svixMessageId();
    const created = userCreated({ id, email: "once@example.test", firstName: "Once" });
    await expectProcessed(await send(created, { id: msgId }));

    await expectNothingWritten(async () => {
      await expectProcessed(await send(created, { id: msgId }), "duplicate");
      const renamed = userUpdated({ id, email: "twice@example.test", firstName: "Twice" });
      await expectProcessed(await send(renamed, { id: msgId }), "duplicate");
    });
    expect(await userRow(id)).toMatchObject({ name: "Once", email: "once@example.test" });
  });

  test("ten concurrent deliveries of one event: one delivery row, one user", async () => {
    const id = clerkUserId();
    const body = userCreated({ id, email: "tenfold@example.test", firstName: "Ten" });
    const headers = peer.webhookHeaders(body);
    const before = await counts();
    const responses = await Promise.all(Array.from({ length: 10 }, () => deliver(body, headers)));
    expect(responses.map((r) => r.status)).toEqual(Array.from({ length: 10 }, () => 200));
    const statuses = (await Promise.all(responses.map((r) => r.json()))) as { status: string }[];
    expect(statuses.map((s) => s.status).sort()).toEqual([
      "duplicate",
      "duplicate",
      "duplicate",
      "duplicate",
      "duplicate",
      "duplicate",
      "duplicate",
      "duplicate",
      "duplicate",
      "processed",
    ]);
    const after = await counts();
    expect(after.deliveries).toBe(before.deliveries + 1);
    expect(after.users).toBe(before.users + 1);
    expect((await userRow(id))?.email).toBe("tenfold@example.test");
  });

  test("an event type the app does not handle: 200 ignored, no user written", async () => {
    const before = await counts();
    const body = clerkEvent("session.created", {
      id: "sess_abc",
      object: "session",
      user_id: clerkUserId(),
      status: "active",
    });
    await expectProcessed(await send(body), "ignored");
    const after = await counts();
    expect(after.users).toBe(before.users);
    expect(after.audit).toBe(before.audit);
  });

  test("user.deleted for an unknown id: 200 ignored, nothing anonymised or audited", async () => {
    const before = await counts();
    await expectProcessed(await send(clerkUserDeleted(clerkUserId())), "ignored");
    const after = await counts();
    expect(after.users).toBe(before.users);
    expect(after.audit).toBe(before.audit);
  });

  test("user.deleted anonymises the user; submissions become PRIVATE; ledger kept; audited", async () => {
    const id = clerkUserId();
    await expectProcessed(
      await send(
        userCreated({
          id,
          email: "leaving@example.test",
          firstName: "Lea",
          lastName: "Ving",
          imageUrl: "https://img.clerk.com/lea.png",
        }),
      ),
    );
    const original = await userRow(id);
    const shown = await createSubmission({ user_id: id, status: "APPROVED", visibility: "PUBLIC" });
    const pending = await createSubmission({ user_id: id, visibility: "PUBLIC" });
    await addPoints(id, 40);
    await addPoints(id, 10);
    const ledgerBefore = (await counts()).ledger;

    await expectProcessed(await send(clerkUserDeleted(id)));

    const row = await userRow(id);
    expect(row).toMatchObject({ id, name: "Deleted user", avatar_url: null, school: null });
    expect(row?.email.endsWith("@deleted.invalid")).toBe(true);
    expect(row?.handle.startsWith("deleted-")).toBe(true);
    expect(row?.handle).toMatch(HANDLE);
    expect(row?.handle).not.toBe(original?.handle);

    const own = await privileged(SYSTEM, (tx) =>
      tx.select().from(submissions).where(eq(submissions.user_id, id)),
    );
    expect(own.map((s) => [s.id, s.visibility, s.status]).sort()).toEqual(
      [
        [shown.id, "PRIVATE", "APPROVED"],
        [pending.id, "PRIVATE", "PENDING"],
      ].sort(),
    );

    const ledger = await privileged(SYSTEM, (tx) =>
      tx
        .select({ n: sql<number>`count(*)::int`, total: sql<number>`sum(delta_points)::int` })
        .from(points_ledger)
        .where(eq(points_ledger.user_id, id)),
    );
    expect(ledger[0]).toEqual({ n: 2, total: 50 });
    expect((await counts()).ledger).toBe(ledgerBefore);

    const audit = (await auditRows(id)).filter((a) => a.action === "user.anonymised");
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actor_id).toBe("system:clerk-webhook");

    const leftovers = await privileged(SYSTEM, (tx) =>
      queryRows<{ n: number }>(
        tx,
        sql`SELECT count(*)::int AS n FROM users WHERE email = 'leaving@example.test' OR name = 'Lea Ving'`,
      ),
    );
    expect(leftovers[0]?.n).toBe(0);
  });

  test("a user.updated delivered after user.deleted does not bring the person back", async () => {
    const id = clerkUserId();
    await expectProcessed(
      await send(userCreated({ id, email: "gone@example.test", firstName: "Gone" })),
    );
    await expectProcessed(await send(clerkUserDeleted(id)));
    const anonymised = await userRow(id);
    await expectProcessed(
      await send(
        userUpdated({ id, email: "gone@example.test", firstName: "Gone", lastName: "Again" }),
      ),
    );
    expect(await userRow(id)).toEqual(anonymised);
  });
});

describe("webhook: refused deliveries", () => {
  const without = (headers: Record<string, string>, name: string) => {
    const copy = { ...headers };
    delete copy[name];
    return copy;
  };

  const unauthenticated: [
    string,
    (body: string) => { body: string; headers: Record<string, string> },
  ][] = [
    ["no svix-id", (body) => ({ body, headers: without(peer.webhookHeaders(body), "svix-id") })],
    [
      "no svix-timestamp",
      (body) => ({ body, headers: without(peer.webhookHeaders(body), "svix-timestamp") }),
    ],
    [
      "no svix-signature",
      (body) => ({ body, headers: without(peer.webhookHeaders(body), "svix-signature") }),
    ],
    [
      "no svix headers at all",
      (body) => ({ body, headers: { "content-type": "application/json" } }),
    ],
    [
      "the body altered after signing",
      (body) => ({ body: body.replace("Mallory", "Mallorz"), headers: peer.webhookHeaders(body) }),
    ],
    [
      "signed with another secret",
      (body) => ({ body, headers: peer.webhookHeaders(body, { secret: webhookSecret() }) }),
    ],
    [
      "a timestamp 10 minutes old",
      (body) => ({
        body,
        headers: peer.webhookHeaders(body, { timestamp: new Date(Date.now() - 10 * 60_000) }),
      }),
    ],
    [
      "a timestamp 10 minutes ahead",
      (body) => ({
        body,
        headers: peer.webhookHeaders(body, { timestamp: new Date(Date.now() + 10 * 60_000) }),
      }),
    ],
    [
      "a valid signature replayed under a new svix-id",
      (body) => ({ body, headers: { ...peer.webhookHeaders(body), "svix-id": svixMessageId() } }),
    ],
    [
      "a garbage signature",
      (body) => ({ body, headers: { ...peer.webhookHeaders(body), "svix-signature": "v1,AAAA" } }),
    ],
  ];

  test.each(unauthenticated)("%s: 401, nothing written", async (_name, build) => {
    const id = clerkUserId();
    const { body, headers } = build(
      userCreated({ id, email: `${id.toLowerCase()}@example.test`, firstName: "Mallory" }),
    );
    await expectNothingWritten(async () => {
      await expectError(await deliver(body, headers), 401, "UNAUTHENTICATED");
    });
    expect(await userRow(id)).toBeUndefined();
  });

  const malformed: [string, (id: string) => string][] = [
    ["malformed JSON", (id) => `{"type":"user.created","data":{"id":"${id}"`],
    ["a JSON array", () => "[]"],
    [
      "data.id a number",
      () => clerkEvent("user.created", { ...clerkUserData({ id: "x" }), id: 42 }),
    ],
    [
      "email_addresses not an array",
      (id) =>
        clerkEvent("user.created", {
          ...clerkUserData({ id }),
          email_addresses: "someone@example.test",
        }),
    ],
    [
      "an email address without its id",
      (id) =>
        clerkEvent("user.updated", {
          ...clerkUserData({ id }),
          email_addresses: [{ email_address: "someone@example.test" }],
        }),
    ],
    ["no type", (id) => JSON.stringify({ object: "event", data: clerkUserData({ id }) })],
    ["user.created without data", () => JSON.stringify({ object: "event", type: "user.created" })],
    ["user.deleted with a numeric id", () => clerkEvent("user.deleted", { deleted: true, id: 7 })],
  ];

  test.each(malformed)(
    "a valid signature over %s: 400 VALIDATION_FAILED, nothing written",
    async (_name, build) => {
      const id = clerkUserId();
      await expectNothingWritten(async () => {
        await expectError(await send(build(id)), 400, "VALIDATION_FAILED");
      });
      expect(await userRow(id)).toBeUndefined();
    },
  );

  test("a body over 256 KiB: 413, nothing written", async () => {
    const id = clerkUserId();
    const body = clerkEvent("user.created", {
      ...clerkUserData({ id, email: "big@example.test", firstName: "Big" }),
      unsafe_metadata: { padding: "x".repeat(300 * 1024) },
    });
    await expectNothingWritten(async () => {
      await expectError(await send(body), 413, "PAYLOAD_TOO_LARGE");
    });
    expect(await userRow(id)).toBeUndefined();
  });

  test("CLERK_WEBHOOK_SECRET unset: 503, nothing written", async () => {
    const id = clerkUserId();
    const body = userCreated({ id, email: "nosecret@example.test", firstName: "No" });
    const headers = peer.webhookHeaders(body);
    delete process.env.CLERK_WEBHOOK_SECRET;
    try {
      await expectNothingWritten(async () => {
        await expectError(await deliver(body, headers), 503, "SERVICE_UNAVAILABLE");
      });
    } finally {
      process.env.CLERK_WEBHOOK_SECRET = peer.secret;
    }
    expect(await userRow(id)).toBeUndefined();
    // The same delivery is processed once the secret is back (nothing was recorded).
    await expectProcessed(await deliver(body, headers));
    expect((await userRow(id))?.email).toBe("nosecret@example.test");
  });
});
