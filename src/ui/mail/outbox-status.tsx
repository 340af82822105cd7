import { useFormatter, useTranslations } from "next-intl";
import { OUTBOX_STATUSES, type OutboxItem } from "@/server/mail/list-outbox";
import { formatDateTime } from "@/ui/format/format-date-time";

type Status = (typeof OUTBOX_STATUSES)[number];

const STYLES: Record<Status, string> = {
  pending: "bg-amber-100 text-amber-900",
  sent: "bg-green-100 text-green-900",
  failed: "bg-red-100 text-red-900",
};

/** A message's status, with its attempts and, while it waits, when it is next tried. */
export function OutboxStatus({ item }: { item: OutboxItem }) {
  const format = useFormatter();
  const t = useTranslations("mailAdmin");
  const known = (OUTBOX_STATUSES as readonly string[]).includes(item.status);
  const status = item.status as Status;
  return (
    <>
      <span
        className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${known ? STYLES[status] : ""}`}
      >
        {known ? t(`statuses.${status}`) : item.status}
      </span>
      <span className="block text-xs text-slate-600">
        {t("attempts", { count: item.attempts })}
        {item.status === "pending" && item.attempts > 0 ? (
          <> · {t("nextAttempt", { time: formatDateTime(format, item.nextAttemptAt) })}</>
        ) : null}
      </span>
    </>
  );
}
