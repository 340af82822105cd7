import { useFormatter } from "next-intl";
import type { OutboxItem } from "@/server/mail/list-outbox";
import { formatDateTime } from "@/ui/format/format-date-time";

const STYLES: Record<string, string> = {
  pending: "bg-amber-100 text-amber-900",
  sent: "bg-green-100 text-green-900",
  failed: "bg-red-100 text-red-900",
};

/** A message's status, with its attempts and, while it waits, when it is next tried. */
export function OutboxStatus({ item }: { item: OutboxItem }) {
  const format = useFormatter();
  return (
    <>
      <span
        className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${STYLES[item.status] ?? ""}`}
      >
        {item.status}
      </span>
      <span className="block text-xs text-slate-600">
        {item.attempts} attempt{item.attempts === 1 ? "" : "s"}
        {item.status === "pending" && item.attempts > 0
          ? ` · next ${formatDateTime(format, item.nextAttemptAt)}`
          : ""}
      </span>
    </>
  );
}
