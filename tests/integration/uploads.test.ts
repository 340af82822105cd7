/** Evidence files (docs/product.md §10): type by content, size, ownership, who may read, cleanup. */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { GET as fileRoute } from "../../src/app/api/files/[...key]/route";
import { PATCH as patchSubmission } from "../../src/app/api/submissions/[id]/route";
import { privileged } from "../../src/server/db/privileged";
import { queryRows } from "../../src/server/db/query-rows";
import { uploads, users } from "../../src/server/db/schema";
import { getStorage } from "../../src/server/storage/get-storage";
import { deleteStaleUploads } from "../../src/server/uploads/delete-stale-uploads";
import { MAX_PENDING_UPLOADS, MAX_UPLOAD_BYTES } from "../../src/server/uploads/create-upload";
import { signUp } from "../helpers/accounts";
import { FILES, submit, upload, uploadKey, VALID_PAYLOADS } from "../helpers/evidence";
import { call } from "../helpers/http";
import { reviewWithVersion } from "../helpers/review";
import { setupTestDatabase } from "../helpers/test-database";

const database = setupTestDatabase();
const dataDir = mkdtempSync(path.join(os.tmpdir(), "leaps-uploads-"));

let owner: Awaited<ReturnType<typeof signUp>>;
let other: Awaited<ReturnType<typeof signUp>>;
let reviewer: Awaited<ReturnType<typeof signUp>>;

beforeAll(async () => {
  process.env.DATA_DIR = dataDir;
  await signUp("Bootstrap Admin");
  owner = await signUp("Fiona Files");
  other = await signUp("Other Oliver");
  reviewer = await signUp("Reviewer Rosa");
  await privileged({ system: "test" }, (tx) =>
    tx.update(users).set({ role: "REVIEWER" }).where(eq(users.id, reviewer.user.id)),
  );
});
afterAll(() => {
  delete process.env.DATA_DIR;
  rmSync(dataDir, { recursive: true, force: true });
});

const uploadCount = async () =>
  (await queryRows<{ n: number }>(database(), "SELECT count(*)::int AS n FROM uploads"))[0]!.n;

/** Fetches a file and returns status and raw bytes (the JSON helper cannot read binaries). */
async function fetchFile(key: string, cookie?: string) {
  const request = new Request(`http://localhost:3000/api/files/${key}`, {
    headers: cookie ? { cookie } : {},
  });
  const response = await fileRoute(request, { params: Promise.resolve({ key: key.split("/") }) });
  return {
    status: response.status,
    headers: response.headers,
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

describe("POST /api/uploads", () => {
  test.each([
    ["PDF", FILES.pdf(), "application/pdf"],
    ["JPEG", FILES.jpeg(), "image/jpeg"],
    ["PNG", FILES.png(), "image/png"],
    ["WebP", FILES.webp(), "image/webp"],
  ])("a %s is accepted, typed by its content", async (_label, bytes, type) => {
    const response = await upload(owner.cookie, bytes, "My Évidence (1).bin");
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ name: "My-Evidence-1-.bin", size: bytes.length, type });
    expect(response.body.key).toMatch(
      new RegExp(`^${owner.user.id}/[a-f0-9]{32}/My-Evidence-1-\\.bin$`),
    );
  });

  test("a renamed .exe is refused (422), nothing stored", async () => {
    const before = await uploadCount();
    const response = await upload(owner.cookie, FILES.exe(), "certificate.pdf");
    expect(response.status).toBe(422);
    expect(await uploadCount()).toBe(before);
  });

  test("10 MB is accepted; 10 MB + 1 byte is refused (413), nothing stored", async () => {
    const exactly = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(MAX_UPLOAD_BYTES - 9)]);
    expect((await upload(owner.cookie, exactly)).status).toBe(201);
    const before = await uploadCount();
    const tooBig = Buffer.concat([exactly, Buffer.from([0])]);
    expect((await upload(owner.cookie, tooBig)).status).toBe(413);
    expect(await uploadCount()).toBe(before);
  });

  test("60 uploads at once never pass the limit of 30 waiting files", async () => {
    const racer = await signUp("Rita Racer");
    const results = await Promise.all(
      Array.from({ length: 60 }, () => upload(racer.cookie, FILES.png())),
    );
    const statuses = results.map((result) => result.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(MAX_PENDING_UPLOADS);
    expect(statuses.filter((status) => status === 429)).toHaveLength(60 - MAX_PENDING_UPLOADS);
    const [stored] = await queryRows<{ n: number }>(
      database(),
      sql`SELECT count(*)::int AS n FROM uploads WHERE user_id = ${racer.user.id}`,
    );
    expect(stored!.n).toBe(MAX_PENDING_UPLOADS);
  });

  test("signed out → 401; an empty file → 400", async () => {
    expect((await upload("", FILES.pdf())).status).toBe(401);
    expect((await upload(owner.cookie, Buffer.alloc(0))).status).toBe(400);
  });
});

describe("GET /api/files/<key>", () => {
  test("the owner and reviewers read a file; other educators and visitors get 404", async () => {
    const bytes = FILES.pdf();
    const key = await uploadKey(owner.cookie, bytes);
    const mine = await fetchFile(key, owner.cookie);
    expect(mine.status).toBe(200);
    expect(mine.bytes.equals(bytes)).toBe(true);
    expect(mine.headers.get("content-type")).toBe("application/pdf");
    expect(mine.headers.get("x-content-type-options")).toBe("nosniff");
    expect(mine.headers.get("cache-control")).toBe("private, no-store");
    expect((await fetchFile(key, reviewer.cookie)).status).toBe(200);
    expect((await fetchFile(key, other.cookie)).status).toBe(404);
    expect((await fetchFile(key)).status).toBe(404);
  });

  test("a PRIVATE submission's file stays unreadable to others after approval; PUBLIC makes it readable", async () => {
    const key = await uploadKey(owner.cookie);
    const created = await submit(owner.cookie, {
      activity: "EXPLORE",
      payload: VALID_PAYLOADS.EXPLORE(),
      attachments: [key],
    });
    const id = created.body.id as string;
    await reviewWithVersion(reviewer.cookie, id, { action: "approve" });
    expect((await fetchFile(key, other.cookie)).status).toBe(404);
    await call(patchSubmission, "PATCH", `/api/submissions/${id}`, {
      cookie: owner.cookie,
      params: { id },
      body: { visibility: "PUBLIC" },
    });
    expect((await fetchFile(key, other.cookie)).status).toBe(200);
    const visitor = await fetchFile(key);
    expect(visitor.status).toBe(200);
    expect(visitor.headers.get("cache-control")).toBe("public, max-age=300");
  });

  test("keys that try to leave their folder are 404", async () => {
    for (const key of [
      "../../etc/passwd",
      `${owner.user.id}/../../x`,
      "user_x/abc/..%2F..%2Fsecret",
    ]) {
      expect((await fetchFile(key, reviewer.cookie)).status).toBe(404);
    }
  });
});

describe("cleanup", () => {
  test("uploads never attached are removed after 24 h, files included; attached ones stay", async () => {
    const stale = await uploadKey(owner.cookie);
    const fresh = await uploadKey(owner.cookie);
    const attached = await uploadKey(owner.cookie);
    await submit(owner.cookie, {
      activity: "EXPLORE",
      payload: VALID_PAYLOADS.EXPLORE(),
      attachments: [attached],
    });
    await privileged({ system: "test" }, (tx) =>
      tx.execute(
        sql`UPDATE uploads SET created_at = now() - interval '25 hours' WHERE key IN (${stale}, ${attached})`,
      ),
    );
    const removed = await deleteStaleUploads();
    expect(removed).toBeGreaterThanOrEqual(1);
    const left = await privileged({ system: "test" }, (tx) =>
      tx.select({ key: uploads.key }).from(uploads),
    );
    const keys = left.map((row) => row.key);
    expect(keys).not.toContain(stale);
    expect(keys).toEqual(expect.arrayContaining([fresh, attached]));
    expect(await getStorage().head(stale)).toBeNull();
    expect(await getStorage().head(attached)).not.toBeNull();
  });
});
