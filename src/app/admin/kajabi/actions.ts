"use server";

import { refresh } from "next/cache";
import { requireRole } from "@/server/auth/guards";
import { linkKajabiContact, linkKajabiContactInput } from "@/server/kajabi/link-kajabi-contact";
import {
  reprocessKajabiEvent,
  reprocessUnmatchedKajabiEvents,
} from "@/server/kajabi/reprocess-kajabi-events";
import { formText } from "@/ui/forms/form-data";
import { formErrorState } from "@/ui/forms/form-error-state";
import type { FormState } from "@/ui/forms/form-state";

/** "Reprocess" on one unmatched event (the button carries the event id). */
export async function reprocessEvent(_previous: FormState, formData: FormData): Promise<FormState> {
  const eventId = formText(formData, "eventId");
  try {
    const admin = await requireRole("ADMIN");
    const status = await reprocessKajabiEvent(admin, eventId);
    refresh();
    return {
      status: "success",
      message:
        status === "unmatched"
          ? `Event ${eventId} is still unmatched: no user has its contact id or email yet.`
          : `Event ${eventId} reprocessed: ${status}.`,
    };
  } catch (error) {
    return formErrorState(error);
  }
}

/** "Reprocess all unmatched": retries the whole waiting queue and reports the tally. */
export async function reprocessAllUnmatched(): Promise<FormState> {
  try {
    const admin = await requireRole("ADMIN");
    const tally = await reprocessUnmatchedKajabiEvents(admin);
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
  } catch (error) {
    return formErrorState(error);
  }
}

/** Links a Kajabi contact id to a user (by handle or email); their waiting events are credited. */
export async function linkContact(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { contactId: formText(formData, "contactId"), user: formText(formData, "user") };
  try {
    const admin = await requireRole("ADMIN");
    const user = await linkKajabiContact(admin, linkKajabiContactInput.parse(values));
    refresh();
    return {
      status: "success",
      message: `Contact ${user.kajabiContactId} is now linked to ${user.name} (@${user.handle}); their waiting events were processed.`,
    };
  } catch (error) {
    // The user update behind the link reports a taken contact id under its own name.
    return formErrorState(error, values, (path) =>
      path === "kajabiContactId" ? "contactId" : path,
    );
  }
}
