import { createHmac, randomBytes } from "node:crypto";
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
