import { text } from "./audit-phrases";
import type { Wording } from "./describe-audit-entry";

/** Mail settings and the outbox (docs/product.md §13), in words. */
export const MAIL_AUDIT_WORDINGS: Record<string, Wording> = {
  "settings.programme_emails": (row, meta, say) => {
    const values = { actor: say.person(row.actorId), state: meta.on ? "on" : "off" };
    if (!meta.via) return say.sentence("audit.entries.programmeEmails", values);
    // set-programme-emails names this one way; any other channel is shown as written.
    const via =
      meta.via === "unsubscribe link" ? say.text("audit.phrases.unsubscribeLink") : text(meta.via);
    return say.sentence("audit.entries.programmeEmailsVia", { ...values, via });
  },
  "mail.retried": (row, meta, say) =>
    say.sentence("audit.entries.mailRetried", {
      actor: say.person(row.actorId),
      mail: text(row.targetId),
      to: text(meta.to),
    }),
};
