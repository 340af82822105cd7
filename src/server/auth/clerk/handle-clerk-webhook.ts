import "server-only";
import { Webhook, WebhookVerificationError } from "svix";
import { z } from "zod";
import { privileged } from "../../db/privileged";
import { webhook_deliveries } from "../../db/schema";
import { getEnv } from "../../env";
import { AppError } from "../../errors";
import { parseJsonText } from "../../http/parse-json-text";
import { anonymiseUser } from "../../users/anonymise-user";
import { upsertClerkUser, type ClerkProfile } from "./upsert-clerk-user";

const ACTOR = "system:clerk-webhook";

const clerkUserData = z.object({
  id: z.string().min(1).max(200),
  email_addresses: z
    .array(
      z.object({
        id: z.string(),
        email_address: z.string().max(254),
        verification: z.object({ status: z.string().max(100).nullish() }).nullish(),
      }),
    )
    .max(100)
    .default([]),
  primary_email_address_id: z.string().nullish(),
  first_name: z.string().max(200).nullish(),
  last_name: z.string().max(200).nullish(),
  username: z.string().max(200).nullish(),
  image_url: z.string().max(2000).nullish(),
});

const clerkEnvelope = z.object({ type: z.string().min(1).max(100), data: z.unknown() });
const deletedUserData = z.object({ id: z.string().min(1).max(200) });

type ClerkAction =
  | { kind: "upsert"; profile: ClerkProfile }
  | { kind: "anonymise"; userId: string }
  | { kind: "ignore" };

/** What the event asks for, validated before anything is written. */
function actionFor(body: unknown): ClerkAction {
  const event = clerkEnvelope.parse(body);
  if (event.type === "user.created" || event.type === "user.updated") {
    const data = clerkUserData.parse(event.data);
    const primary =
      data.email_addresses.find((e) => e.id === data.primary_email_address_id) ??
      data.email_addresses[0];
    const name =
      [data.first_name, data.last_name].filter(Boolean).join(" ") || data.username || undefined;
    return {
      kind: "upsert",
      profile: {
        id: data.id,
        email: primary?.email_address,
        emailVerified: primary ? primary.verification?.status === "verified" : undefined,
        name,
        avatarUrl: data.image_url ?? null,
      },
    };
  }
  if (event.type === "user.deleted")
    return { kind: "anonymise", userId: deletedUserData.parse(event.data).id };
  return { kind: "ignore" };
}

export type ClerkWebhookResult = "processed" | "duplicate" | "ignored";

/**
 * Clerk's user webhook (docs/product.md §2): Svix signature over the raw body with
 * CLERK_WEBHOOK_SECRET (svix also refuses timestamps more than 5 minutes off), one
 * effect per `svix-id` however often it is delivered, then user.created/updated →
 * upsert, user.deleted → anonymise. 401 when unauthenticated, 400 when malformed:
 * in both cases nothing is written.
 */
export async function handleClerkWebhook(
  rawBody: string,
  headers: Headers,
): Promise<ClerkWebhookResult> {
  const secret = getEnv().CLERK_WEBHOOK_SECRET;
  if (!secret) throw new AppError("SERVICE_UNAVAILABLE", "errors.auth.clerkWebhookNotConfigured");
  const svixId = headers.get("svix-id");
  try {
    new Webhook(secret).verify(rawBody, {
      "svix-id": svixId ?? "",
      "svix-timestamp": headers.get("svix-timestamp") ?? "",
      "svix-signature": headers.get("svix-signature") ?? "",
    });
  } catch (error) {
    // verify() parses the body once the signature holds: a signed but malformed body
    // is not an authentication failure, and parseJsonText below answers it with a 400.
    if (error instanceof WebhookVerificationError) {
      throw new AppError("UNAUTHENTICATED", "errors.auth.webhookSignature");
    }
  }
  const body = parseJsonText(rawBody, "webhook");
  const action = actionFor(body);

  return privileged({ system: "clerk-webhook" }, async (tx) => {
    const first = await tx
      .insert(webhook_deliveries)
      .values({ id: `clerk:${svixId}` })
      .onConflictDoNothing()
      .returning({ id: webhook_deliveries.id });
    if (first.length === 0) return "duplicate";

    if (action.kind === "upsert") {
      await upsertClerkUser(tx, action.profile);
      return "processed";
    }
    if (action.kind === "anonymise") {
      return (await anonymiseUser(tx, action.userId, ACTOR)) ? "processed" : "ignored";
    }
    return "ignored";
  });
}
