import { getEnv } from "@/server/env";
import type { MailContext } from "./mail-template";

/** The programme's name as mails sign it. */
export const PROGRAMME_NAME = "LEAPS Tracker";

/** What every template needs besides its data: where links point and who is writing. */
export function mailContextBase(): Omit<MailContext, "locale"> {
  return { appUrl: getEnv().APP_URL ?? "http://localhost:3000", programmeName: PROGRAMME_NAME };
}
