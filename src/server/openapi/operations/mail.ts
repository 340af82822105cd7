import { z } from "zod";
import type { ApiOperation } from "../api-operation";
import { unsubscribeToken } from "../../mail/unsubscribe-with-token";

const tokenQuery = z.object({ token: unsubscribeToken });

/** Mail (docs/product.md §13): the outbox worker's scheduler endpoint and one-click unsubscribe. */
export const MAIL_OPERATIONS: ApiOperation[] = [
  {
    method: "get",
    path: "/api/cron/send-mail",
    summary:
      "Send due outbox messages now, up to 100 (Authorization: Bearer $CRON_SECRET; GET as Vercel Cron sends it)",
    access: "signed webhook",
    success: { status: 200, description: '{"claimed","sent","retrying","failed"}' },
  },
  {
    method: "post",
    path: "/api/cron/send-mail",
    summary: "Send due outbox messages now, up to 100 (Authorization: Bearer $CRON_SECRET)",
    access: "signed webhook",
    success: { status: 200, description: '{"claimed","sent","retrying","failed"}' },
  },
  {
    method: "post",
    path: "/api/unsubscribe",
    summary:
      "One-click unsubscribe (RFC 8058) with a notification's token: programme emails off, no sign-in; an invalid or expired token is a 404",
    access: "public",
    query: tokenQuery,
    success: { status: 200, description: '{"unsubscribed":true}' },
  },
  {
    method: "get",
    path: "/api/unsubscribe",
    summary: "A person following the unsubscribe link: redirected (303) to the confirm page",
    access: "public",
    query: z.object({ token: z.string().optional() }),
    success: { status: 303, description: "Location: /unsubscribe?token=…" },
  },
];
