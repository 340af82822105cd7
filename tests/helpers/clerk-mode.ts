/**
 * Clerk mode for the integration tests (docs/product.md §2): a test database, a local peer
 * standing in for Clerk's servers (tests/helpers/clerk-peer.ts), the environment that
 * points the app at it, and the requests and reads the Clerk tests share.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect } from "vitest";
import { GET as getMeRoute } from "../../src/app/api/me/route";
import { POST as clerkWebhookRoute } from "../../src/app/api/webhooks/clerk/route";
import { privileged } from "../../src/server/db/privileged";
import { queryRows } from "../../src/server/db/query-rows";
import { account_settings, audit_log, users } from "../../src/server/db/schema";
import {
  APP_ORIGIN,
  CLERK_ISSUER,
  clerkEvent,
  clerkUserData,
  startClerkPeer,
  type ClerkPeer,
  type ClerkUserFields,
} from "./clerk-peer";
import { createUser } from "./factories";
import { setupTestDatabase } from "./test-database";

export const HANDLE = /^[a-z0-9_-]{3,30}$/;
export const SYSTEM = { system: "clerk-test" } as const;
const ENV_KEYS = [
  "AUTH_PROVIDER",
  "CLERK_JWT_KEY",
  "CLERK_ISSUER",
  "CLERK_AUTHORIZED_PARTIES",
  "CLERK_WEBHOOK_SECRET",
  "ADMIN_EMAILS",
] as const;

let peer: ClerkPeer | undefined;

/**
 * Puts the calling test file in Clerk mode with a database of its own. Returns the Clerk
 * stand-in (usable from the first test on) and the database getter. With `staffFirst`, a
 * SUPERADMIN exists before any test runs, so the Clerk users the tests create are
 * PARTICIPANTs (the first account of an empty database is promoted).
 */
export function setupClerkMode(options: { staffFirst: boolean }) {
  const database = setupTestDatabase();
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
    if (options.staffFirst) await createUser({ role: "SUPERADMIN" });
  });

  afterAll(() => {
    for (const key of ENV_KEYS) {
      const value = savedEnv[key];
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  // Tests hold the stand-in from the start; it forwards to the peer beforeAll starts.
  const lazyPeer = new Proxy({} as ClerkPeer, {
    get: (_target, key) => Reflect.get(clerkPeer(), key) as unknown,
  });
  return { peer: lazyPeer, database };
}

function clerkPeer(): ClerkPeer {
  if (!peer) throw new Error("the Clerk peer exists only once setupClerkMode's beforeAll has run");
  return peer;
}

// ---------------------------------------------------------------- requests

const routeContext = { params: Promise.resolve({}) };

export function getMe(headers: Record<string, string>): Promise<Response> {
  return getMeRoute(new Request("http://localhost/api/me", { headers }), routeContext);
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
export const sessionCookie = (token: string) => ({ cookie: `theme=dark; __session=${token}` });

export function deliver(body: string, headers: Record<string, string>): Promise<Response> {
  return clerkWebhookRoute(
    new Request("http://localhost/api/webhooks/clerk", { method: "POST", headers, body }),
    routeContext,
  );
}

/** A correctly signed delivery of body (a fresh svix-id unless one is given). */
export function send(body: string, options: { id?: string; timestamp?: Date } = {}) {
  return deliver(body, clerkPeer().webhookHeaders(body, options));
}

export const userCreated = (fields: ClerkUserFields) =>
  clerkEvent("user.created", clerkUserData(fields));
export const userUpdated = (fields: ClerkUserFields) =>
  clerkEvent("user.updated", clerkUserData(fields));

export interface MeBody {
  id: string;
  handle: string;
  name: string;
  email: string;
  role: string;
  avatarUrl: string | null;
  points: number;
  emailVerified: boolean;
}

export async function expectMe(response: Response): Promise<MeBody> {
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("private, no-store");
  return (await response.json()) as MeBody;
}

export async function expectProcessed(response: Response, status = "processed"): Promise<void> {
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status });
}

/**
 * An error response in the API's one shape, `{"error":{"code","message","details"?}}`,
 * with nothing of a stack trace, the driver, the schema or the libraries in it.
 */
export async function expectError(response: Response, status: number, code: string) {
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

export interface Counts {
  users: number;
  deliveries: number;
  audit: number;
  ledger: number;
}

export async function counts(): Promise<Counts> {
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

export async function userRow(id: string) {
  const rows = await privileged(SYSTEM, (tx) => tx.select().from(users).where(eq(users.id, id)));
  return rows[0];
}

/** When the user's email was verified, or null. */
export async function verifiedAt(userId: string): Promise<Date | null> {
  const rows = await privileged(SYSTEM, (tx) =>
    tx.select().from(account_settings).where(eq(account_settings.user_id, userId)),
  );
  return rows[0]?.email_verified_at ?? null;
}

export async function auditRows(targetId: string) {
  return privileged(SYSTEM, (tx) =>
    tx.select().from(audit_log).where(eq(audit_log.target_id, targetId)),
  );
}

/** Runs fn and expects that it wrote nothing to users, webhook_deliveries, audit_log. */
export async function expectNothingWritten(fn: () => Promise<void>): Promise<void> {
  const before = await counts();
  await fn();
  expect(await counts()).toEqual(before);
}
