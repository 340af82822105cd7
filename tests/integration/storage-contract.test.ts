/**
 * The storage contract (docs/product.md §10, docs/decisions/024-s3-storage.md): the same cases
 * against the local driver and the S3 driver (s3rver, a local S3-compatible server on a
 * free port): put/head/get/delete, missing keys, ranges, a 10 MB file streamed in chunks,
 * who may read through GET /api/files, and the cleanup of unattached uploads.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { HeadObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { GET as fileRoute } from "../../src/app/api/files/[...key]/route";
import { PATCH as patchSubmission } from "../../src/app/api/submissions/[id]/route";
import { privileged } from "../../src/server/db/privileged";
import { users } from "../../src/server/db/schema";
import { getStorage } from "../../src/server/storage/get-storage";
import { deleteStaleUploads } from "../../src/server/uploads/delete-stale-uploads";
import { MAX_UPLOAD_BYTES } from "../../src/server/uploads/create-upload";
import { signUp } from "../helpers/accounts";
import { FILES, submit, uploadKey, VALID_PAYLOADS } from "../helpers/evidence";
import { call } from "../helpers/http";
import { reviewWithVersion } from "../helpers/review";
import { startS3Peer, type RunningS3Peer } from "../helpers/s3-peer";
import { setupTestDatabase } from "../helpers/test-database";

setupTestDatabase();

type Person = Awaited<ReturnType<typeof signUp>>;
let owner: Person;
let other: Person;
let reviewer: Person;

beforeAll(async () => {
  await signUp("Bootstrap Admin");
  owner = await signUp("Olga Owner");
  other = await signUp("Otto Other");
  reviewer = await signUp("Rhea Reviewer");
  await privileged({ system: "test" }, (tx) =>
    tx.update(users).set({ role: "REVIEWER" }).where(eq(users.id, reviewer.user.id)),
  );
});

const newKey = (name = "evidence.pdf") =>
  `${owner.user.id}/${randomBytes(16).toString("hex")}/${name}`;

/** Reads a stream chunk by chunk: the bytes, and how they arrived. */
async function drain(stream: ReadableStream<Uint8Array>) {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return {
    bytes: Buffer.concat(chunks),
    chunks: chunks.length,
    largest: Math.max(0, ...chunks.map((chunk) => chunk.length)),
  };
}

async function fetchFile(key: string, options: { cookie?: string; range?: string } = {}) {
  const headers: Record<string, string> = {};
  if (options.cookie) headers.cookie = options.cookie;
  if (options.range) headers.range = options.range;
  const request = new Request(`http://localhost:3000/api/files/${key}`, { headers });
  return fileRoute(request, { params: Promise.resolve({ key: key.split("/") }) });
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

interface DriverSetup {
  env: Record<string, string>;
  /** The stored object's size, read around the driver (the file system, a raw S3 client). */
  sizeOutside(key: string): Promise<number | null>;
  stop(): Promise<void>;
}

const drivers: [string, () => Promise<DriverSetup>][] = [
  [
    "local",
    async () => {
      const dataDir = mkdtempSync(path.join(os.tmpdir(), "leaps-storage-"));
      return {
        env: { STORAGE_DRIVER: "local", DATA_DIR: dataDir },
        sizeOutside: async (key) =>
          (await stat(path.join(dataDir, "uploads", key)).catch(() => null))?.size ?? null,
        stop: async () => rmSync(dataDir, { recursive: true, force: true }),
      };
    },
  ],
  [
    "s3",
    async () => {
      const peer: RunningS3Peer = await startS3Peer();
      const client = new S3Client({
        region: "us-east-1",
        endpoint: peer.env.S3_ENDPOINT,
        forcePathStyle: true,
        credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
      });
      return {
        env: peer.env,
        async sizeOutside(key) {
          const head = await client
            .send(new HeadObjectCommand({ Bucket: peer.env.S3_BUCKET, Key: key }))
            .catch(() => null);
          if (head) expect(head.ContentType).toMatch(/^(application\/pdf|image\/png)$/);
          return head?.ContentLength ?? null;
        },
        async stop() {
          client.destroy();
          await peer.stop();
        },
      };
    },
  ],
];

describe.each(drivers)("storage contract: %s driver", (driver, start) => {
  let setup: DriverSetup;
  beforeAll(async () => {
    setup = await start();
    Object.assign(process.env, setup.env);
  });
  afterAll(async () => {
    for (const name of Object.keys(setup.env)) delete process.env[name];
    await setup.stop();
  });

  test(`an upload lands in ${driver} storage, with its type, and leaves it when deleted`, async () => {
    const bytes = FILES.png();
    const key = await uploadKey(owner.cookie, bytes);
    expect(await setup.sizeOutside(key)).toBe(bytes.length);
    await getStorage().delete(key);
    expect(await setup.sizeOutside(key)).toBeNull();
  });

  test("put, head, get (whole and a range), delete; deleting twice is fine", async () => {
    const storage = getStorage();
    const key = newKey();
    const bytes = FILES.pdf();
    await storage.put(key, bytes, "application/pdf");
    expect(await storage.head(key)).toEqual({ size: bytes.length });

    const whole = await storage.get(key);
    expect(whole).toMatchObject({ length: bytes.length, size: bytes.length });
    expect((await drain(whole!.body)).bytes.equals(bytes)).toBe(true);

    const part = await storage.get(key, { start: 10, end: 19 });
    expect(part).toMatchObject({ length: 10, size: bytes.length });
    expect((await drain(part!.body)).bytes.equals(bytes.subarray(10, 20))).toBe(true);

    await storage.delete(key);
    expect(await storage.head(key)).toBeNull();
    expect(await storage.get(key)).toBeNull();
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  test("a missing key is null; a key that could leave its folder is refused", async () => {
    const storage = getStorage();
    expect(await storage.head(newKey())).toBeNull();
    expect(await storage.get(newKey())).toBeNull();
    await expect(storage.get("../../etc/passwd")).rejects.toThrow(/invalid storage key/);
    await expect(storage.put("user_x/../x", FILES.pdf(), "application/pdf")).rejects.toThrow(
      /invalid storage key/,
    );
  });

  test("a 10 MB file is streamed in chunks, not handed over in one piece", async () => {
    const bytes = Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(MAX_UPLOAD_BYTES - 9)]);
    const key = await uploadKey(owner.cookie, bytes);
    const stored = await getStorage().get(key);
    const direct = await drain(stored!.body);
    expect(sha256(direct.bytes)).toBe(sha256(bytes));
    expect(direct.chunks).toBeGreaterThan(10);
    expect(direct.largest).toBeLessThanOrEqual(1024 * 1024);

    const response = await fetchFile(key, { cookie: owner.cookie });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-length")).toBe(String(bytes.length));
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const served = await drain(response.body!);
    expect(sha256(served.bytes)).toBe(sha256(bytes));
    expect(served.chunks).toBeGreaterThan(10);
  });

  test("GET /api/files: one Range is 206 with Content-Range; past the end is 416", async () => {
    const bytes = FILES.png();
    const key = await uploadKey(owner.cookie, bytes);
    const part = await fetchFile(key, { cookie: owner.cookie, range: "bytes=8-15" });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 8-15/${bytes.length}`);
    expect(part.headers.get("content-length")).toBe("8");
    expect(Buffer.from(await part.arrayBuffer()).equals(bytes.subarray(8, 16))).toBe(true);

    const tail = await fetchFile(key, { cookie: owner.cookie, range: "bytes=-5" });
    expect(tail.status).toBe(206);
    expect(Buffer.from(await tail.arrayBuffer()).equals(bytes.subarray(-5))).toBe(true);

    const beyond = await fetchFile(key, { cookie: owner.cookie, range: `bytes=${bytes.length}-` });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get("content-range")).toBe(`bytes */${bytes.length}`);
    // Someone who may not read the file learns nothing from a range either.
    expect((await fetchFile(key, { cookie: other.cookie, range: "bytes=0-1" })).status).toBe(404);
  });

  test("who reads: owner and reviewers; others only once APPROVED and PUBLIC", async () => {
    const bytes = FILES.pdf();
    const key = await uploadKey(owner.cookie, bytes);
    const mine = await fetchFile(key, { cookie: owner.cookie });
    expect(mine.status).toBe(200);
    expect(mine.headers.get("cache-control")).toBe("private, no-store");
    expect(Buffer.from(await mine.arrayBuffer()).equals(bytes)).toBe(true);
    expect((await fetchFile(key, { cookie: reviewer.cookie })).status).toBe(200);
    expect((await fetchFile(key, { cookie: other.cookie })).status).toBe(404);
    expect((await fetchFile(key)).status).toBe(404);

    const created = await submit(owner.cookie, {
      activity: "EXPLORE",
      payload: VALID_PAYLOADS.EXPLORE(),
      attachments: [key],
    });
    const id = created.body.id as string;
    await reviewWithVersion(reviewer.cookie, id, { action: "approve" });
    expect((await fetchFile(key)).status).toBe(404);
    await call(patchSubmission, "PATCH", `/api/submissions/${id}`, {
      cookie: owner.cookie,
      params: { id },
      body: { visibility: "PUBLIC" },
    });
    const visitor = await fetchFile(key);
    expect(visitor.status).toBe(200);
    expect(visitor.headers.get("cache-control")).toBe("public, max-age=300");
    expect(Buffer.from(await visitor.arrayBuffer()).equals(bytes)).toBe(true);
  });

  test("HEAD answers the headers without a body", async () => {
    const bytes = FILES.pdf();
    const key = await uploadKey(owner.cookie, bytes);
    const request = new Request(`http://localhost:3000/api/files/${key}`, {
      method: "HEAD",
      headers: { cookie: owner.cookie },
    });
    const response = await fileRoute(request, { params: Promise.resolve({ key: key.split("/") }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-length")).toBe(String(bytes.length));
    expect(response.body).toBeNull();
  });

  test("a record without its object (storage lost it) is 404, not 500", async () => {
    const key = await uploadKey(owner.cookie);
    await getStorage().delete(key);
    expect((await fetchFile(key, { cookie: owner.cookie })).status).toBe(404);
  });

  test("cleanup removes unattached uploads older than 24 h from storage; attached ones stay", async () => {
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
    expect(await deleteStaleUploads()).toBeGreaterThanOrEqual(1);
    const storage = getStorage();
    expect(await storage.head(stale)).toBeNull();
    expect(await storage.head(fresh)).not.toBeNull();
    expect(await storage.head(attached)).not.toBeNull();
  });
});
