import "server-only";
import { createTranslator } from "use-intl/core";
import type { Locale } from "@/i18n/locales";
import { serverIntl } from "@/i18n/server-intl";
import { getCurrentUser } from "../auth/get-current-user";
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
  const user = await getCurrentUser(headers);
  if (!user) return null;
  const t = createTranslator({ ...serverIntl(locale), namespace: "common" });
  const url = new URL(target, "http://page.invalid");
  const [viewer, pageOwn] = await Promise.all([
    toViewer(user, t(`roles.${user.role}`)),
    pageSlots[url.pathname]?.(user, url.searchParams, locale, nonce) ?? {},
  ]);
  return { ...personalSlotValues(viewer), ...pageOwn };
}
