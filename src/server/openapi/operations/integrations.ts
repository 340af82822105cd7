import type { ApiOperation } from "../api-operation";
import { linkKajabiContactInput } from "../../kajabi/link-kajabi-contact";
import { listKajabiEventsInput } from "../../kajabi/list-kajabi-events";
import { z } from "zod";
import { kajabiEvent } from "../../kajabi/kajabi-event";
import { nativeKajabiEnvelope } from "../../kajabi/parse-native-kajabi-body";

/** Kajabi and Clerk, and the admin pages that look after their events. */
export const INTEGRATION_OPERATIONS: ApiOperation[] = [
  {
    method: "post",
    path: "/api/kajabi/webhook",
    summary:
      "Kajabi course tags: Kajabi's own hooks (?token=, JSON:API body) or signed deliveries (X-Kajabi-Signature: hex HMAC-SHA256 of the body)",
    access: "signed webhook",
    query: z.object({
      token: z.string().max(256).optional().describe("KAJABI_WEBHOOK_TOKEN, for Kajabi's hooks"),
    }),
    body: z.union([kajabiEvent, nativeKajabiEnvelope]),
    success: {
      status: 200,
      description: '{"status":"credited|duplicate|ignored|unmatched|capped"}',
    },
  },
  {
    method: "get",
    path: "/api/admin/kajabi/events",
    summary: "Kajabi events with outcome counts",
    access: "admin",
    query: listKajabiEventsInput,
    success: { status: 200, description: '{"items","total","counts","repeatedDeliveries"}' },
  },
  {
    method: "post",
    path: "/api/admin/kajabi/events/{id}/reprocess",
    summary: "Reprocess an unmatched event",
    access: "admin",
    success: { status: 200, description: '{"id","status"}' },
  },
  {
    method: "post",
    path: "/api/admin/kajabi/events/reprocess",
    summary: "Reprocess all unmatched events",
    access: "admin",
    success: { status: 200, description: '{"outcomes"}' },
  },
  {
    method: "post",
    path: "/api/admin/kajabi/link",
    summary: "Link a Kajabi contact id to a user",
    access: "admin",
    body: linkKajabiContactInput,
    success: { status: 200, description: '{"user"}' },
  },
  {
    method: "post",
    path: "/api/webhooks/clerk",
    summary: "Clerk user webhook (Svix-signed)",
    access: "signed webhook",
    success: { status: 200, description: '{"status":"processed|duplicate|ignored"}' },
  },
];
