import { text } from "./audit-phrases";
import type { Wording } from "./describe-audit-entry";

/** Mail settings and the outbox (docs/product.md §13), in words. */
export const MAIL_AUDIT_WORDINGS: Record<string, Wording> = {
  "settings.programme_emails": (row, meta, say) => [
    say.person(row.actorId),
    ` turned their programme emails ${meta.on ? "on" : "off"}${meta.via ? ` (${text(meta.via)})` : ""}`,
  ],
  "mail.retried": (row, meta, say) => [
    say.person(row.actorId),
    ` retried the failed mail ${text(row.targetId)} to ${text(meta.to)}`,
  ],
};
