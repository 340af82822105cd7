import "server-only";
import type { Locale } from "@/i18n/locales";
import { LOCALE_COOKIE } from "@/i18n/locales";

/** Marks the page cache's own render request; the proxy then renders without any session. */
export const PAGE_FILL_HEADER = "x-leaps-page-fill";

/**
 * A user agent Next.js treats as an HTML-limited bot: it then waits for every Suspense
 * boundary and sends one complete document instead of streaming loading states, so the
 * cached page works without JavaScript (public pages have loading.tsx).
 */
const COMPLETE_DOCUMENT_AGENT = "LEAPS-page-cache (like Slurp)";

/**
 * Renders a public page through this server's own port, as an anonymous visitor of the
 * given language would get it: no cookie but the language's, the visitor's origin
 * (shared-link previews use absolute addresses; it is part of the cache key), uncompressed. Null when the server
 * cannot reach itself (e.g. it listens on one outside address only).
 */
export async function renderForCache(
  target: string,
  locale: Locale,
  origin: URL,
): Promise<Response | null> {
  const port = process.env.PORT;
  if (!port) return null;
  const headers = new Headers({
    [PAGE_FILL_HEADER]: "1",
    cookie: `${LOCALE_COOKIE}=${locale}`,
    "user-agent": COMPLETE_DOCUMENT_AGENT,
    "accept-encoding": "identity",
    accept: "text/html",
  });
  headers.set("x-forwarded-proto", origin.protocol.slice(0, -1));
  headers.set("x-forwarded-host", origin.host);
  try {
    return await fetch(`http://127.0.0.1:${port}${target}`, { headers, redirect: "manual" });
  } catch {
    return null;
  }
}
