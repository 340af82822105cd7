import "server-only";
import { getEnv } from "../env";

/** True for an email listed in ADMIN_EMAILS (compared lower-cased). */
export function isAdminEmail(email: string): boolean {
  return getEnv().ADMIN_EMAILS.includes(email.trim().toLowerCase());
}
