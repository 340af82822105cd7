"use server";

import { refresh } from "next/cache";
import { formAction } from "@/server/forms/form-action";
import { formText } from "@/server/forms/form-data";
import type { FormState } from "@/server/forms/form-state";
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
    return {
      status: "success",
      message:
        status === "unmatched"
          ? `Event ${eventId} is still unmatched: no user has its contact id or email yet.`
          : `Event ${eventId} reprocessed: ${status}.`,
    };
  },
});

/** "Reprocess all unmatched": retries the whole waiting queue and reports the tally. */
export const reprocessAllUnmatched = formAction({
  role: "ADMIN",
  run: async (_input, { user }): Promise<FormState> => {
    const tally = await reprocessUnmatchedKajabiEvents(user);
    refresh();
    const total = Object.values(tally).reduce((sum, n) => sum + n, 0);
    if (total === 0) return { status: "success", message: "No unmatched events were waiting." };
    const parts = Object.entries(tally)
      .filter(([, n]) => n > 0)
      .map(([status, n]) => `${n} ${status === "unmatched" ? "still unmatched" : status}`);
    return {
      status: "success",
      message: `Reprocessed ${total} ${total === 1 ? "event" : "events"}: ${parts.join(", ")}.`,
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
    return {
      status: "success",
      message: `Contact ${linked.kajabiContactId} is now linked to ${linked.name} (@${linked.handle}); their waiting events were processed.`,
    };
  },
});
