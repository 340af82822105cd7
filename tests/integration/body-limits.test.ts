/**
 * Bodies are capped before they are read: a declared Content-Length over the limit is
 * refused without reading a byte, and a body that keeps coming is cut off at the limit
 * instead of being buffered whole (docs/product.md §11).
 */
import { describe, expect, test } from "vitest";
import { POST as signIn } from "../../src/app/api/auth/sign-in/route";
import { POST as kajabiWebhook } from "../../src/app/api/kajabi/webhook/route";
import { POST as uploadRoute } from "../../src/app/api/uploads/route";
import { POST as clerkWebhook } from "../../src/app/api/webhooks/clerk/route";
import { signUp } from "../helpers/accounts";
import { BASE_URL } from "../helpers/http";
import { setupTestDatabase } from "../helpers/test-database";

setupTestDatabase();

const CHUNK_BYTES = 64 * 1024;

/** A body of `chunks` × 64 KiB that counts how many chunks the server pulled. */
function countingBody(chunks: number) {
  const counter = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (counter.pulled === chunks) return controller.close();
        counter.pulled += 1;
        controller.enqueue(new Uint8Array(CHUNK_BYTES).fill(0x20));
      },
      cancel() {
        counter.cancelled = true;
      },
    },
    // Nothing is pulled until the server asks for it.
    { highWaterMark: 0 },
  );
  return { stream, counter };
}

type Route = (request: Request, context: { params: Promise<never> }) => Promise<Response>;

async function post(
  route: Route,
  path: string,
  body: ReadableStream<Uint8Array>,
  headers: Record<string, string> = {},
) {
  const request = new Request(`${BASE_URL}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
    duplex: "half",
  } as RequestInit);
  const response = await route(request, { params: Promise.resolve({}) as Promise<never> });
  return { status: response.status, body: await response.json() };
}

const targets: { name: string; route: Route; path: string; limitChunks: number }[] = [
  { name: "the Kajabi webhook", route: kajabiWebhook, path: "/api/kajabi/webhook", limitChunks: 1 },
  { name: "the Clerk webhook", route: clerkWebhook, path: "/api/webhooks/clerk", limitChunks: 4 },
  { name: "a JSON endpoint (sign-in)", route: signIn, path: "/api/auth/sign-in", limitChunks: 1 },
];

describe("request bodies are capped while they are read", () => {
  test.each(targets)(
    "$name: an endless body is cut off at the limit with 413",
    async ({ route, path, limitChunks }) => {
      process.env.KAJABI_WEBHOOK_SECRET = "body-limits-secret";
      process.env.CLERK_WEBHOOK_SECRET = "whsec_Ym9keS1saW1pdHMtc2VjcmV0";
      try {
        const { stream, counter } = countingBody(200);
        const response = await post(route, path, stream);
        expect(response.status).toBe(413);
        expect(response.body.error.code).toBe("PAYLOAD_TOO_LARGE");
        expect(counter.pulled).toBeLessThanOrEqual(limitChunks + 2);
        expect(counter.cancelled).toBe(true);
      } finally {
        delete process.env.KAJABI_WEBHOOK_SECRET;
        delete process.env.CLERK_WEBHOOK_SECRET;
      }
    },
  );

  test.each(targets)(
    "$name: a Content-Length over the limit is refused before reading",
    async ({ route, path }) => {
      const { stream, counter } = countingBody(200);
      const response = await post(route, path, stream, { "content-length": String(50 << 20) });
      expect(response.status).toBe(413);
      expect(counter.pulled).toBe(0);
    },
  );

  test("uploads: the multipart body is capped before it is parsed", async () => {
    const owner = await signUp("Capped Carla");
    const boundary = "----leaps-cap";
    const head = new TextEncoder().encode(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\n` +
        "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n",
    );
    const counter = { pulled: 0, cancelled: false };
    let sentHead = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (!sentHead) {
          sentHead = true;
          return controller.enqueue(head);
        }
        if (counter.pulled === 400) return controller.close();
        counter.pulled += 1;
        controller.enqueue(new Uint8Array(CHUNK_BYTES));
      },
      cancel() {
        counter.cancelled = true;
      },
    });
    const response = await post(uploadRoute, "/api/uploads", stream, {
      cookie: owner.cookie,
      "content-type": `multipart/form-data; boundary=${boundary}`,
    });
    expect(response.status).toBe(413);
    // 10 MB + the envelope allowance, then it stops: 25 MB were on offer.
    expect(counter.pulled).toBeLessThanOrEqual(10 * 16 + 2);
    expect(counter.cancelled).toBe(true);
  });

  test("a Content-Length that is not a number: 400", async () => {
    const { stream } = countingBody(1);
    const response = await post(signIn, "/api/auth/sign-in", stream, { "content-length": "1e9" });
    expect(response.status).toBe(400);
  });
});
