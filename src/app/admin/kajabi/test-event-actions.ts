"use server";

import { refresh } from "next/cache";
import { POST as kajabiWebhook } from "@/app/api/kajabi/webhook/route";
import { formAction } from "@/server/forms/form-action";
import type { FormState } from "@/server/forms/form-state";
import { buildKajabiTestDelivery } from "@/server/kajabi/build-kajabi-test-delivery";

const PROOF = { token: "the URL token", hmac: "the signature" } as const;

/**
 * "Send a test event": a native-shaped tag_added delivery through the webhook's own
 * route handler, so authentication, parsing, storage and processing all run as for
 * Kajabi; the answer is shown as the webhook gave it.
 */
export const sendTestEvent = formAction({
  role: "ADMIN",
  run: async (): Promise<FormState> => {
    const delivery = buildKajabiTestDelivery();
    const response = await kajabiWebhook(
      new Request(new URL(delivery.path, "http://leaps.internal"), {
        method: "POST",
        headers: delivery.headers,
        body: delivery.body,
      }),
      { params: Promise.resolve({}) },
    );
    const answer = (await response.json().catch(() => null)) as {
      status?: string;
      error?: { message?: string };
    } | null;
    refresh();
    if (response.status !== 200) {
      return {
        status: "error",
        message: `The webhook refused the test event: HTTP ${response.status}, ${answer?.error?.message ?? "no message"}`,
      };
    }
    return {
      status: "success",
      message: `The webhook accepted test event ${delivery.eventId} (authenticated by ${PROOF[delivery.authMethod]}) and answered "${answer?.status}". It is the newest row below; its tag is not a course, so nobody got points.`,
    };
  },
});
