import type { mail_outbox } from "../db/schema";

/** An outbox row as the admin pages show it (dates as ISO text). */
export type OutboxItem = {
  id: string;
  to: string;
  subject: string;
  template: string;
  category: string;
  locale: string;
  status: string;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string;
  sentAt: string | null;
  createdAt: string;
};

export function toOutboxItem(row: typeof mail_outbox.$inferSelect): OutboxItem {
  return {
    id: row.id,
    to: row.to_address,
    subject: row.subject,
    template: row.template,
    category: row.category,
    locale: row.locale,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    nextAttemptAt: row.next_attempt_at.toISOString(),
    sentAt: row.sent_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  };
}
