/**
 * Clerk mode (docs/product.md §2, issue 3): session JWTs verified offline, by Bearer header
 * or __session cookie; every refused token signs nobody in and writes nothing; the guards.
 */
import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { requireRole, requireUser } from "../../src/server/auth/guards";
import { dbSession } from "../../src/server/db/db-session";
import { privileged } from "../../src/server/db/privileged";
import { users } from "../../src/server/db/schema";
import { AppError } from "../../src/server/errors";
import {
  APP_ORIGIN,
  CLERK_ISSUER,
  clerkUserId,
  hs256Token,
  tamperPayload,
  unsignedToken,
} from "../helpers/clerk-peer";
import {
  bearer,
  expectError,
  expectMe,
  expectNothingWritten,
  expectProcessed,
  getMe,
  send,
  sessionCookie,
  setupClerkMode,
  SYSTEM,
  userCreated,
  userRow,
} from "../helpers/clerk-mode";

const { peer } = setupClerkMode({ staffFirst: true });

describe("session tokens", () => {
  test("a token within the 5 s leeway of its expiry is still accepted", async () => {
    const id = clerkUserId();
    const token = await peer.sessionToken(id, { expiresIn: -2 });
    expect((await expectMe(await getMe(bearer(token)))).id).toBe(id);
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
