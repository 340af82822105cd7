import "server-only";
import { logError, logInfo } from "../log";
import { sendDueMail } from "./send-due-mail";

/** How often an instance looks for due messages. */
export const MAIL_POLL_MS = 1_000;

/**
 * Runs the outbox worker (sendDueMail) on a timer, one pass at a time, until stopped.
 * Every instance may run one: FOR UPDATE SKIP LOCKED and the claim lease share the work.
 * A pass that sent a full batch is followed at once by the next. Errors are logged.
 */
export function startMailWorker(intervalMs = MAIL_POLL_MS): () => void {
  let running = false;
  let stopped = false;
  const pass = async () => {
    if (running || stopped) return;
    running = true;
    try {
      for (;;) {
        const outcome = await sendDueMail();
        if (outcome.failed > 0) logInfo("mail.failed", { failed: outcome.failed });
        if (stopped || outcome.claimed < 20) break;
      }
    } catch (error) {
      logError("mail.send", error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void pass(), intervalMs);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
