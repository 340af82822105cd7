/**
 * A real SMTP server in the test process (smtp-server), whose received messages are parsed
 * with mailparser: what the app's outbox worker delivers, exactly as a mail server sees it.
 *
 *   const peer = await startSmtpPeer();            // port 0: a free port
 *   process.env.SMTP_URL = peer.url;               // smtp://127.0.0.1:<port>
 *   await peer.waitFor((m) => m.to === "a@b.c");   // resolves with the message
 *   peer.refuse(true);                             // answers 421 to every connection
 *   await peer.stop(); await peer.restart();       // an outage: closed port, then back
 *
 * `onMessage` (optional) sees each message as it arrives (the e2e spool writes files).
 */
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = {
  /** The envelope recipient (RCPT TO), lower-cased. */
  to: string;
  from: string;
  subject: string;
  text: string;
  html: string;
  /** Header names lower-cased; values as strings. */
  headers: Record<string, string>;
  raw: string;
  receivedAt: Date;
  parsed: ParsedMail;
};

export type SmtpPeer = {
  readonly url: string;
  readonly port: number;
  readonly messages: ReceivedMail[];
  waitFor(predicate: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  /**
   * On: new connections are answered 421 and messages on open ones 451 (temporarily
   * unavailable); off: back to normal.
   */
  refuse(on: boolean): void;
  /** Closes the listener (connections refused) until restart(). */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  restart(): Promise<void>;
};

export async function startSmtpPeer(
  options: { port?: number; onMessage?: (mail: ReceivedMail) => void | Promise<void> } = {},
): Promise<SmtpPeer> {
  const messages: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  let refusing = false;

  const createServer = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      closeTimeout: 100,
      onConnect(_session, callback) {
        if (refusing) {
          const error = new Error("Service not available, try later") as Error & {
            responseCode: number;
          };
          error.responseCode = 421;
          return callback(error);
        }
        callback();
      },
      // Connections opened before refuse(true) are refused at the next message.
      onMailFrom(_address, _session, callback) {
        if (refusing) {
          const error = new Error("Service not available, try later") as Error & {
            responseCode: number;
          };
          error.responseCode = 451;
          return callback(error);
        }
        callback();
      },
      onAuth(auth, _session, callback) {
        callback(null, { user: auth.username });
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          const raw = Buffer.concat(chunks).toString("utf8");
          simpleParser(raw)
            .then(async (parsed) => {
              const headers: Record<string, string> = {};
              for (const line of parsed.headerLines) {
                headers[line.key] = line.line.slice(line.line.indexOf(":") + 1).trim();
              }
              for (const recipient of session.envelope.rcptTo) {
                const mail: ReceivedMail = {
                  to: recipient.address.toLowerCase(),
                  from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
                  subject: parsed.subject ?? "",
                  text: parsed.text ?? "",
                  html: typeof parsed.html === "string" ? parsed.html : "",
                  headers,
                  raw,
                  receivedAt: new Date(),
                  parsed,
                };
                messages.push(mail);
                await options.onMessage?.(mail);
              }
              for (const wake of waiters) wake();
              callback();
            })
            .catch((error: Error) => callback(error));
        });
      },
    });

  let server = createServer();
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        server.off("error", reject);
        resolve((server.server.address() as AddressInfo).port);
      });
    });
  const port = await listen(options.port ?? 0);
  let listening = true;

  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    waitFor(predicate, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.find(predicate);
          if (!found) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(`no matching mail within ${timeoutMs} ms (${messages.length} received)`),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    refuse(on) {
      refusing = on;
    },
    async stop() {
      if (!listening) return;
      listening = false;
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    async restart() {
      if (listening) return;
      server = createServer();
      await listen(port);
      listening = true;
    },
  };
}
