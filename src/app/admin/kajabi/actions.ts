"use server";

import { refresh } from "next/cache";
import { getFormatter, getTranslations } from "next-intl/server";
import { formAction } from "@/server/forms/form-action";
import { formText } from "@/server/forms/form-data";
import type { FormState } from "@/server/forms/form-state";
import { KAJABI_OUTCOMES } from "@/server/db/schema";
import { linkKajabiContact, linkKajabiContactInput } from "@/server/kajabi/link-kajabi-contact";
import {
  reprocessKajabiEvent,
  reprocessUnmatchedKajabiEvents,
} from "@/server/kajabi/reprocess-kajabi-events";

/** "Reprocess" on one unmatched event (the button carries the event id). */
export const reprocessEvent = formAction({
  role: "ADMIN",
  run: async (_input, { user, formData }): Promise<FormState> => {
    const eventId = formText(formData, "eventId");
    const status = await reprocessKajabiEvent(user, eventId);
    refresh();
    const t = await getTranslations("kajabiAdmin.actions");
    return {
      status: "success",
      message:
        status === "unmatched"
          ? t("stillUnmatched", { id: eventId })
          : t(`reprocessed.${status}`, { id: eventId }),
    };
  },
});

/** "Reprocess all unmatched": retries the whole waiting queue and reports the tally. */
export const reprocessAllUnmatched = formAction({
  role: "ADMIN",
  run: async (_input, { user }): Promise<FormState> => {
    const tally = await reprocessUnmatchedKajabiEvents(user);
    refresh();
    const [t, format] = await Promise.all([getTranslations("kajabiAdmin.actions"), getFormatter()]);
    const total = Object.values(tally).reduce((sum, n) => sum + n, 0);
    if (total === 0) return { status: "success", message: t("noneWaiting") };
    const parts = KAJABI_OUTCOMES.filter((outcome) => tally[outcome] > 0).map((outcome) =>
      t(`tally.${outcome}`, { count: tally[outcome] }),
    );
    return {
      status: "success",
      message: t("reprocessedAll", {
        total,
        outcomes: format.list(parts, { type: "unit", style: "short" }),
      }),
    };
  },
});

/** Links a Kajabi contact id to a user (by handle or email); their waiting events are credited. */
export const linkContact = formAction({
  role: "ADMIN",
  values: (formData) => ({
    contactId: formText(formData, "contactId"),
    user: formText(formData, "user"),
  }),
  schema: linkKajabiContactInput,
  // The user update behind the link reports a taken contact id under its own name.
  fieldOf: (path) => (path === "kajabiContactId" ? "contactId" : path),
  run: async (input, { user }): Promise<FormState> => {
    const linked = await linkKajabiContact(user, input);
    refresh();
    const t = await getTranslations("kajabiAdmin.actions");
    return {
      status: "success",
      message: t("linked", {
        contactId: linked.kajabiContactId ?? "",
        name: linked.name,
        handle: linked.handle,
      }),
    };
  },
});
