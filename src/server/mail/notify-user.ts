import "server-only";
import { eq } from "drizzle-orm";
import { isLocale } from "@/i18n/locales";
import { account_settings, users } from "../db/schema";
import type { Tx } from "../db/types";
import { getEnv } from "../env";
import { enqueueMail } from "./enqueue-mail";
import type { MailLocale, MailTemplate } from "./mail-template";

/**
 * Queues a notification to a user in the caller's transaction, in the language they chose
 * (account_settings.locale; DEFAULT_LOCALE when none is saved). The template's data gets the person's
 * name; the dedupe key makes a raced or retried event mail once. Returns whether it queued.
 */
export async function notifyUser<Data extends { name: string }>(
  tx: Tx,
  userId: string,
  template: MailTemplate<Data>,
  data: Omit<Data, "name">,
  dedupeKey: string,
): Promise<boolean> {
  const [person] = await tx
    .select({ name: users.name, email: users.email, locale: account_settings.locale })
    .from(users)
    .leftJoin(account_settings, eq(account_settings.user_id, users.id))
    .where(eq(users.id, userId));
  if (!person?.email) return false;
  const locale: MailLocale = isLocale(person.locale) ? person.locale : getEnv().DEFAULT_LOCALE;
  return enqueueMail(
    tx,
    template,
    { ...data, name: person.name } as Data,
    {
      userId,
      to: person.email,
      locale,
    },
    { dedupeKey },
  );
}
