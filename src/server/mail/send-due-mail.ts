import "server-only";
import { and, asc, eq, lte, sql } from "drizzle-orm";
import type { Transporter } from "nodemailer";
import { privileged } from "../db/privileged";
import { mail_outbox } from "../db/schema";
import { afterFailure } from "./mail-backoff";
import { describeSmtpError } from "./describe-smtp-error";
import { mailFrom } from "./mail-from";
import { configuredTransport } from "./smtp-transport";

/** How long a claimed message is reserved for the instance sending it. */
export const CLAIM_LEASE_MS = 5 * 60_000;

export type SendOutcome = { claimed: number; sent: number; retrying: number; failed: number };

type Claimed = typeof mail_outbox.$inferSelect;

/**
 * One pass of the outbox worker (docs/product.md §13). Claims up to `limit` due pending
 * messages with FOR UPDATE SKIP LOCKED and, in the same short transaction, counts the
 * attempt and moves next_attempt_at past a lease: other instances skip them while this one
 * sends, outside any transaction. A message the server accepted is marked sent at once and
 * never claimed again; a failure records the error and backs off (afterFailure). Without
 * a transport (no SMTP_URL) nothing is claimed: messages wait, readable at /admin/mail.
 */
export async function sendDueMail(
  options: { transport?: Transporter | null; limit?: number; now?: () => Date } = {},
): Promise<SendOutcome> {
  const transport = options.transport === undefined ? configuredTransport() : options.transport;
  const outcome: SendOutcome = { claimed: 0, sent: 0, retrying: 0, failed: 0 };
  if (!transport) return outcome;
  const now = options.now ?? (() => new Date());
  const claimed = await claimDueMail(options.limit ?? 20, now());
  outcome.claimed = claimed.length;
  const from = mailFrom();
  await Promise.all(
    claimed.map(async (message) => {
      const result = await deliver(transport, from, message);
      if (result === true) {
        await privileged({ system: "mail-outbox" }, (tx) =>
          tx
            .update(mail_outbox)
            .set({ status: "sent", sent_at: now(), last_error: null })
            .where(eq(mail_outbox.id, message.id)),
        );
        outcome.sent++;
        return;
      }
      const next = afterFailure(message.attempts, message.created_at, now());
      await privileged({ system: "mail-outbox" }, (tx) =>
        tx
          .update(mail_outbox)
          .set({
            last_error: result,
            ...(next.status === "failed"
              ? { status: "failed" }
              : { next_attempt_at: next.nextAttemptAt }),
          })
          .where(and(eq(mail_outbox.id, message.id), eq(mail_outbox.status, "pending"))),
      );
      if (next.status === "failed") outcome.failed++;
      else outcome.retrying++;
    }),
  );
  return outcome;
}

async function claimDueMail(limit: number, now: Date): Promise<Claimed[]> {
  return privileged({ system: "mail-outbox" }, async (tx) => {
    const due = await tx
      .select({ id: mail_outbox.id })
      .from(mail_outbox)
      .where(and(eq(mail_outbox.status, "pending"), lte(mail_outbox.next_attempt_at, now)))
      .orderBy(asc(mail_outbox.next_attempt_at), asc(mail_outbox.id))
      .limit(limit)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(mail_outbox)
      .set({
        attempts: sql`${mail_outbox.attempts} + 1`,
        last_attempt_at: now,
        next_attempt_at: new Date(now.getTime() + CLAIM_LEASE_MS),
      })
      .where(
        sql`${mail_outbox.id} IN (${sql.join(
          due.map((row) => sql`${row.id}`),
          sql`, `,
        )})`,
      )
      .returning();
  });
}

/** true once the server accepted the message for its recipient; otherwise the error to record. */
async function deliver(
  transport: Transporter,
  from: string,
  message: Claimed,
): Promise<true | string> {
  try {
    const info = await transport.sendMail({
      from,
      to: message.to_address,
      subject: message.subject,
      text: message.text_body,
      html: message.html_body,
      headers: message.headers as Record<string, string>,
    });
    if ((info.accepted ?? []).length > 0 && (info.rejected ?? []).length === 0) return true;
    return `rejected by the server: ${String(info.response ?? "no response")}`.slice(0, 500);
  } catch (error) {
    return describeSmtpError(error);
  }
}
