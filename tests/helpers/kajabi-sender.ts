import { createHmac, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { POST as kajabiWebhook } from "../../src/app/api/kajabi/webhook/route";
import { call } from "./http";

/** Stands in for Kajabi: builds event bodies and signs them as docs/product.md §6 describes. */
export const KAJABI_SECRET = "kajabi-test-secret-0123456789";

export function sign(body: string, secret = KAJABI_SECRET): string {
  return createHmac("sha256", secret).update(body, "utf8").digest("hex");
}

export interface EventOptions {
  eventId?: string;
  type?: "contact.tagged" | "tag.added" | "tag.removed";
  email: string;
  contactId?: string | number;
  tag?: string;
  createdAt?: Date;
}

export function kajabiBody(options: EventOptions): string {
  return JSON.stringify({
    event_id: options.eventId ?? `evt_${randomBytes(6).toString("hex")}`,
    event_type: options.type ?? "contact.tagged",
    created_at: (options.createdAt ?? new Date()).toISOString(),
    contact: {
      id: options.contactId ?? `c_${randomBytes(4).toString("hex")}`,
      email: options.email,
      first_name: "Kay",
    },
    tag: { name: options.tag ?? "elevate-ai-1-completed" },
  });
}

/** POSTs a body to the webhook; signed with the test secret unless a signature is given. */
export function deliver(body: string, signature: string | null = sign(body)) {
  return call(kajabiWebhook, "POST", "/api/kajabi/webhook", {
    rawBody: body,
    headers: signature === null ? {} : { "x-kajabi-signature": signature },
  });
}

/** KAJABI_WEBHOOK_TOKEN of the tests: what Kajabi's native hooks carry in their target URL. */
export const KAJABI_TOKEN = "kajabi-test-token-0123456789abcdef-0123456789";

/** A sample body exactly as Kajabi documents it (tests/fixtures/kajabi/). */
export function kajabiFixture(
  name:
    | "tag-added"
    | "tag-removed"
    | "purchase"
    | "form-submission"
    | "payment-succeeded"
    | "order-created",
): string {
  return readFileSync(new URL(`../fixtures/kajabi/${name}.json`, import.meta.url), "utf8");
}

export interface NativeEventOptions {
  id?: string;
  event?: string;
  email: string;
  name?: string | null;
  contactId?: string | number;
  tag?: string;
}

/** A native hook body shaped like Kajabi's documented tag_added sample. */
export function nativeKajabiBody(options: NativeEventOptions): string {
  const sample = JSON.parse(kajabiFixture("tag-added")) as {
    payload: [
      { id: unknown; attributes: Record<string, unknown> },
      { attributes: { name: string } },
    ];
  };
  const [contact, tag] = sample.payload;
  contact.id = options.contactId ?? `${Math.floor(Math.random() * 1e12)}`;
  contact.attributes.email = options.email;
  contact.attributes.name = options.name === undefined ? "Kay Native" : options.name;
  tag.attributes.name = options.tag ?? "elevate-ai-1-completed";
  return JSON.stringify({
    id: options.id ?? `hook_${randomBytes(8).toString("hex")}`,
    event: options.event ?? "tag_added",
    payload: sample.payload,
  });
}

/** POSTs a body the way Kajabi's hooks do: no signature, the token in the target URL. */
export function deliverNative(
  body: string,
  token: string | null = KAJABI_TOKEN,
  headers: Record<string, string> = {},
) {
  const query = token === null ? "" : `?token=${encodeURIComponent(token)}`;
  return call(kajabiWebhook, "POST", `/api/kajabi/webhook${query}`, { rawBody: body, headers });
}
