import "server-only";
import { createTranslator } from "use-intl/core";
import type { Locale } from "@/i18n/locales";
import { serverIntl } from "@/i18n/server-intl";
import { findSessionAccount } from "../auth/find-session-user";
import { readCookie, SESSION_COOKIE } from "../auth/session-cookie";
import { getEnv } from "../env";
import type { UserRow } from "../users/user-dto";
import { personalSlotValues } from "./personal-slot-values";
import { toViewer } from "./to-viewer";

/**
 * A page's own personal slots for a signed-in user (the leaderboard's own-rank card), by
 * path. Given by the proxy: they are page markup, which server code does not know.
 */
export type PageSlots = Record<
  string,
  (
    user: UserRow,
    query: URLSearchParams,
    locale: Locale,
    nonce: string,
  ) => Promise<Record<string, string>>
>;

/**
 * For the proxy: the personal slots of a signed-in visitor on a cached page (its path
 * and normalized query), the layout's and the page's own, or null when nobody is signed
 * in (the session ended). `nonce` is the response's CSP nonce.
 */
export async function readPersonalSlots(
  request: { headers: Headers; locale: Locale; target: string; nonce: string },
  pageSlots: PageSlots,
): Promise<Record<string, string> | null> {
  const { headers, locale, target, nonce } = request;
  // The cache only answers requests whose one other cookie is the local session (the
  // Clerk mode's session cookie renders per request), so that is all there is to read;
  // Clerk mode signs no one in with it (getCurrentUser).
  const token = readCookie(headers.get("cookie"), SESSION_COOKIE);
  const account =
    getEnv().AUTH_PROVIDER === "local" && token ? await findSessionAccount(token) : null;
  if (!account) return null;
  const { user, emailVerified } = account;
  const t = createTranslator({ ...serverIntl(locale), namespace: "common" });
  const url = new URL(target, "http://page.invalid");
  const viewer = toViewer(user, t(`roles.${user.role}`), emailVerified);
  const pageOwn = (await pageSlots[url.pathname]?.(user, url.searchParams, locale, nonce)) ?? {};
  return { ...personalSlotValues(viewer), ...pageOwn };
}
