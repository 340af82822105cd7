import "server-only";
import { getEnv } from "../env";
import { PROGRAMME_NAME } from "./mail-context";

/** The sender: MAIL_FROM, or the programme's name on a no-reply address at APP_URL's host. */
export function mailFrom(): string {
  const env = getEnv();
  if (env.MAIL_FROM) return env.MAIL_FROM;
  const host = env.APP_URL ? new URL(env.APP_URL).hostname : "localhost";
  return `"${PROGRAMME_NAME}" <no-reply@${host}>`;
}
