/**
 * Open Badges 3.0 credentials (docs/product.md §15), checked from the outside: the route
 * handlers serve over real HTTP, and a verifier built only from what they publish (DID
 * document, status list) plus packaged contexts must accept exactly the genuine,
 * unrevoked credentials — including those signed by a key since rotated.
 */
import http from "node:http";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { GET as didRoute } from "../../src/app/.well-known/did.json/route";
import { GET as leaderboardRoute } from "../../src/app/api/leaderboard/route";
import { GET as profileRoute } from "../../src/app/api/profiles/[handle]/route";
import { POST as reissueRoute } from "../../src/app/api/admin/credentials/[id]/reissue/route";
import { POST as revokeRoute } from "../../src/app/api/admin/badges/[code]/revoke/route";
import { GET as credentialRoute } from "../../src/app/api/credentials/[id]/route";
import { GET as statusRoute } from "../../src/app/api/credentials/status/[list]/route";
import { POST as verifyRoute } from "../../src/app/api/credentials/verify/route";
import { evaluateBadges } from "../../src/server/badges/evaluate-badges";
import { getBadgeCredential } from "../../src/server/credentials/get-badge-credential";
import { privileged } from "../../src/server/db/privileged";
import { account_settings, badge_credentials } from "../../src/server/db/schema";
import { signUp } from "../helpers/accounts";
import { independentVerify, nodeCryptoVerify } from "../helpers/credential-verifier";
import { addPoints, createSubmission, createUser } from "../helpers/factories";
import { call } from "../helpers/http";
import { setupTestDatabase } from "../helpers/test-database";

setupTestDatabase();

const PORT = 3151;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const KEY_A = "dGVzdC1vbmx5IGJhZGdlIHNpZ25pbmcga2V5IDMyIGI";
const KEY_B = "cm90YXRlZCB0ZXN0IGtleSwgYWxzbyAzMiBieXRlcyE";
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let server: http.Server;
let admin: Awaited<ReturnType<typeof signUp>>;

/** Dispatches to the route handlers as Next.js would. */
async function route(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  // Promise<never> fits every handler's own params type (as tests/helpers/http.ts does).
  const params = (values: Record<string, string>) => ({
    params: Promise.resolve(values) as Promise<never>,
  });
  if (pathname === "/.well-known/did.json") return didRoute(request, params({}));
  const list = pathname.match(/^\/api\/credentials\/status\/([^/]+)$/);
  if (list) return statusRoute(request, params({ list: list[1]! }));
  const one = pathname.match(/^\/api\/credentials\/([^/]+)$/);
  if (one) return credentialRoute(request, params({ id: one[1]! }));
  return new Response("not found", { status: 404 });
}

beforeAll(async () => {
  process.env.APP_URL = ORIGIN;
  process.env.BADGE_SIGNING_KEY = KEY_A;
  delete process.env.BADGE_PREVIOUS_KEYS;
  server = http.createServer(async (req, res) => {
    const response = await route(new Request(`${ORIGIN}${req.url}`, { method: req.method }));
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(PORT, "127.0.0.1", resolve));
  admin = await signUp("Credential Admin");
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  process.env.BADGE_SIGNING_KEY = KEY_A;
  delete process.env.BADGE_PREVIOUS_KEYS;
});

async function earnCentury(name = "Ada Credential") {
  const user = await createUser({ name });
  await createSubmission({ user_id: user.id, status: "APPROVED", visibility: "PUBLIC" });
  await addPoints(user.id, 100);
  await privileged({ system: "test" }, (tx) => evaluateBadges(tx, user.id, "system:test"));
  const [row] = await privileged({ system: "test" }, (tx) =>
    tx
      .select()
      .from(badge_credentials)
      .where(
        and(eq(badge_credentials.user_id, user.id), eq(badge_credentials.badge_code, "CENTURY")),
      ),
  );
  return { user, row: row!, credential: row!.credential as Json };
}

const fetchCredential = async (id: string) =>
  (await fetch(`${ORIGIN}/api/credentials/${id}`)).json();

describe("issued with the award, verified from published data only", () => {
  test("an OpenBadgeCredential signed with eddsa-rdfc-2022 that an outside verifier accepts", async () => {
    const { row, user } = await earnCentury();
    const response = await fetch(`${ORIGIN}/api/credentials/${row.id}`);
    expect(response.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    const credential = (await response.json()) as Json;
    expect(credential.type).toEqual(["VerifiableCredential", "OpenBadgeCredential"]);
    expect(credential["@context"][0]).toBe("https://www.w3.org/ns/credentials/v2");
    expect(credential.issuer.id).toBe("did:web:127.0.0.1%3A3151");
    expect(credential.credentialSubject.name).toBe("Ada Credential");
    expect(credential.credentialSubject.achievement.criteria.narrative).toMatch(/100 points/);
    expect(JSON.stringify(credential)).not.toContain(user.email);
    expect(credential.evidence).toHaveLength(1);
    expect(credential.proof).toMatchObject({
      type: "DataIntegrityProof",
      cryptosuite: "eddsa-rdfc-2022",
    });
    expect(await independentVerify(credential)).toEqual({
      verified: true,
      signatureVerified: true,
      revoked: false,
    });
    const publicKey = credential.proof.verificationMethod.split("#")[1];
    expect(await nodeCryptoVerify(credential, publicKey)).toBe(true);
    const report = await call(verifyRoute, "POST", "/api/credentials/verify", { body: credential });
    expect(report.body).toMatchObject({
      verified: true,
      result: "verified",
      checks: { signature: "passed", issuerKey: "passed", status: "passed" },
      errors: [],
    });
  });

  test("changing any signed field fails, with our verifier and the outside one", async () => {
    const { credential } = await earnCentury("Tamper Target");
    const tampered: [string, (c: Json) => void][] = [
      ["name", (c) => (c.credentialSubject.achievement.name = "Century Plus")],
      ["recipient", (c) => (c.credentialSubject.name = "Mallory")],
      ["recipient hash", (c) => (c.credentialSubject.identifier[0].identityHash = "sha256$00")],
      ["date", (c) => (c.validFrom = "2020-01-01T00:00:00.000Z")],
      ["evidence", (c) => (c.evidence[0].id = `${ORIGIN}/u/mallory#submission-1`)],
    ];
    for (const [field, change] of tampered) {
      const copy = structuredClone(credential);
      change(copy);
      expect((await independentVerify(copy)).verified, field).toBe(false);
      expect(await nodeCryptoVerify(copy, copy.proof.verificationMethod.split("#")[1]), field).toBe(
        false,
      );
      const report = await call(verifyRoute, "POST", "/api/credentials/verify", { body: copy });
      expect(report.body.result, field).toBe("invalid");
      expect(report.body.checks.signature, field).toBe("failed");
    }
  });

  test("bad input is a 400, never a 500", async () => {
    for (const body of [[], { type: "x" }, "nope", { "@context": [], type: "x", proof: {} }]) {
      const response = await call(verifyRoute, "POST", "/api/credentials/verify", { body });
      expect(response.status).toBe(400);
    }
    const big = await call(verifyRoute, "POST", "/api/credentials/verify", {
      rawBody: JSON.stringify({ "@context": ["x"], type: "x", pad: "x".repeat(70_000) }),
    });
    expect(big.status).toBe(413);
  });
});

describe("links to badge pages", () => {
  test("public profile and leaderboard badge entries carry the credential page id", async () => {
    const { user, row } = await earnCentury("Linked Educator");
    const profile = await call(profileRoute, "GET", `/api/profiles/${user.handle}`, {
      params: { handle: user.handle },
    });
    expect(profile.body.badges).toContainEqual(
      expect.objectContaining({ code: "CENTURY", credentialId: row.id }),
    );
    await privileged({ system: "test" }, (tx) => tx.execute(sql`SELECT refresh_leaderboards()`));
    const board = await call(leaderboardRoute, "GET", `/api/leaderboard?q=${user.handle}`);
    const item = board.body.items.find((entry: Json) => entry.handle === user.handle);
    expect(item.badgePages.CENTURY).toBe(row.id);
  });
});

describe("revocation", () => {
  test("a revoked badge fails verification with revoked, through the published status list", async () => {
    const { user, row, credential } = await earnCentury("Revoked Person");
    expect((await independentVerify(credential)).revoked).toBe(false);
    const response = await call(revokeRoute, "POST", "/api/admin/badges/CENTURY/revoke", {
      cookie: admin.cookie,
      params: { code: "CENTURY" },
      body: { userId: user.id },
    });
    expect(response.status).toBe(204);
    expect(await independentVerify(credential)).toEqual({
      verified: false,
      signatureVerified: true,
      revoked: true,
    });
    const report = await call(verifyRoute, "POST", "/api/credentials/verify", { body: credential });
    expect(report.body).toMatchObject({ verified: false, result: "revoked", revoked: true });
    expect(report.body.checks).toMatchObject({ signature: "passed", status: "failed" });
    expect((await getBadgeCredential(row.id, null)).revokedAt).not.toBeNull();
    const reissue = await call(reissueRoute, "POST", `/api/admin/credentials/${row.id}/reissue`, {
      cookie: admin.cookie,
      params: { id: row.id },
    });
    expect(reissue.status).toBe(409);
  });
});

describe("privacy", () => {
  test("a private profile's badge shows no name, and its credential is not public", async () => {
    const { user, row } = await earnCentury("Hidden Educator");
    await privileged({ system: "test" }, (tx) =>
      tx
        .insert(account_settings)
        .values({ user_id: user.id, public_profile: false })
        .onConflictDoUpdate({ target: account_settings.user_id, set: { public_profile: false } }),
    );
    const response = await fetch(`${ORIGIN}/api/credentials/${row.id}`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("Hidden Educator");
    const view = await getBadgeCredential(row.id, null);
    expect(view.recipient).toBeNull();
    expect(view.credential).toBeNull();
    expect(JSON.stringify(view)).not.toContain("Hidden Educator");
    expect(JSON.stringify(view)).not.toContain(user.handle);
  });
});

describe("key rotation", () => {
  test("credentials signed by the previous key verify while it stays published", async () => {
    const old = await earnCentury("Before Rotation");
    const oldKey = old.credential.proof.verificationMethod.split("#")[1];
    process.env.BADGE_SIGNING_KEY = KEY_B;
    process.env.BADGE_PREVIOUS_KEYS = oldKey;
    try {
      const fresh = await earnCentury("After Rotation");
      expect(fresh.credential.proof.verificationMethod).not.toBe(
        old.credential.proof.verificationMethod,
      );
      const did = (await (await fetch(`${ORIGIN}/.well-known/did.json`)).json()) as Json;
      expect(did.assertionMethod).toHaveLength(2);
      expect((await independentVerify(await fetchCredential(old.row.id))).verified).toBe(true);
      expect((await independentVerify(await fetchCredential(fresh.row.id))).verified).toBe(true);
      // Unpublish the old key: its credentials no longer verify (the check has teeth).
      delete process.env.BADGE_PREVIOUS_KEYS;
      expect((await independentVerify(old.credential)).verified).toBe(false);
      // Re-issued on request, the old badge is signed by the current key and verifies again.
      const reissued = await call(
        reissueRoute,
        "POST",
        `/api/admin/credentials/${old.row.id}/reissue`,
        {
          cookie: admin.cookie,
          params: { id: old.row.id },
        },
      );
      expect(reissued.status).toBe(204);
      const again = await fetchCredential(old.row.id);
      expect(again.id).toBe(old.credential.id);
      expect(again.credentialStatus).toEqual(old.credential.credentialStatus);
      expect(again.proof.verificationMethod).toBe(fresh.credential.proof.verificationMethod);
      expect((await independentVerify(again)).verified).toBe(true);
    } finally {
      process.env.BADGE_SIGNING_KEY = KEY_A;
      delete process.env.BADGE_PREVIOUS_KEYS;
    }
  });
});
