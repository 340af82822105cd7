"use server";

import { refresh } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { POST as kajabiWebhook } from "@/app/api/kajabi/webhook/route";
import { formAction } from "@/server/forms/form-action";
import type { FormState } from "@/server/forms/form-state";
import { buildKajabiTestDelivery } from "@/server/kajabi/build-kajabi-test-delivery";

/**
 * "Send a test event": a native-shaped tag_added delivery through the webhook's own
 * route handler, so authentication, parsing, storage and processing all run as for
 * Kajabi; the answer is shown as the webhook gave it.
 */
export const sendTestEvent = formAction({
  role: "ADMIN",
  run: async (): Promise<FormState> => {
    const delivery = buildKajabiTestDelivery();
    const [t, locale] = await Promise.all([getTranslations("kajabiAdmin.actions"), getLocale()]);
    const response = await kajabiWebhook(
      new Request(new URL(delivery.path, "http://leaps.internal"), {
        method: "POST",
        // The admin's language, so a refusal's message reads like the rest of the page.
        headers: { ...delivery.headers, "accept-language": locale },
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
        message: t("testRefused", {
          status: response.status,
          message: answer?.error?.message ?? t("noMessage"),
        }),
      };
    }
    return {
      status: "success",
      message: t("testAccepted", {
        id: delivery.eventId,
        proof: t(`proof.${delivery.authMethod}`),
        answer: String(answer?.status),
      }),
    };
  },
});
