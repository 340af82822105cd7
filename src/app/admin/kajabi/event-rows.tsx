import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import type { KajabiEventDto } from "@/server/kajabi/list-kajabi-events";
import { KajabiStatusPill } from "@/ui/evidence/status-pill";
import { formatDateTime } from "@/ui/format/format-date-time";
import type { EventRow } from "./events-table";

/**
 * What the table shows of each event, with every word and number already in the reader's
 * language (the table is a client component). The status pill is rendered here, on the
 * server, so it may use the server's translations. The payload is the stored body, as text.
 */
export async function toEventRows(events: KajabiEventDto[]): Promise<EventRow[]> {
  const [format, t] = await Promise.all([getFormatter(), getTranslations("kajabiAdmin.table")]);
  return events.map((event) => ({
    id: event.id,
    receivedAt: event.receivedAt,
    receivedLabel: formatDateTime(format, event.receivedAt),
    eventType: text(event.eventType),
    tag: text(event.tag),
    contactEmail: text(event.contactEmail),
    contactIdLabel: t("contactId", { id: text(event.contactId) }),
    authLabel: event.authMethod ? t(`authMethods.${event.authMethod}`) : "—",
    userMatch: event.userMatch,
    matchedUser: event.matchedUser,
    status: event.status,
    statusPill: <KajabiStatusPill status={event.status} />,
    pointsLabel: format.number(event.points, { signDisplay: "exceptZero" }),
    reason: event.reason,
    payloadOf: t("payloadOf", { id: event.id }),
    reprocessEvent: t("reprocessEvent", { id: event.id }),
    payload: JSON.stringify(event.payload, null, 2),
  }));
}

function text(value: unknown): string {
  return typeof value === "string" || typeof value === "number" ? String(value) : "—";
}
