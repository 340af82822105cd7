import "server-only";
import type { NextRequest } from "next/server";
import { LOCALE_COOKIE } from "@/i18n/locales";
import { localeFromHeaders } from "@/i18n/headers-locale";
import { getEnv } from "../env";
import { pageCacheTarget } from "./page-cache-target";
import { readPersonalSlots, type PageSlots } from "./read-personal-slots";
import { PAGE_FILL_HEADER } from "./render-for-cache";
import { serveCachedPage } from "./serve-cached-page";
import { splicePersonal } from "./splice-personal";

export const PAGE_CACHE_HEADER = "x-leaps-page-cache";

/**
 * For the proxy: the response of a page request from the page cache, or null to render it
 * for this request (development, another cookie, an RSC request, a page or query outside
 * the cached set, the cache's own render requests). A signed-in visitor gets the shared
 * page with their personal slots filled in. Security headers and the CSP are the
 * caller's to add.
 */
export async function pageCacheResponse(
  request: NextRequest,
  nonce: string,
  pageSlots: PageSlots,
): Promise<Response | null> {
  const env = getEnv();
  // Off in development (pages change with the code) and wherever the server cannot
  // reach itself on its port (tests calling the proxy directly).
  if (env.NODE_ENV !== "production" || !process.env.PORT) return null;
  if (request.headers.has(PAGE_FILL_HEADER)) return null;
  const cacheable = pageCacheTarget({
    method: request.method,
    pathname: request.nextUrl.pathname,
    searchParams: request.nextUrl.searchParams,
    headers: request.headers,
  });
  if (!cacheable) return null;
  const { target, signedIn } = cacheable;
  const locale = localeFromHeaders(request.headers);
  const [page, slots] = await Promise.all([
    serveCachedPage({ target, locale, headers: request.headers, nonce }),
    // A failed lookup renders the page for this request (which reports it).
    signedIn
      ? readPersonalSlots({ headers: request.headers, locale, target, nonce }, pageSlots).catch(
          () => undefined,
        )
      : null,
  ]);
  if (!page || slots === undefined) return null;
  const html = slots ? splicePersonal(page.html, slots) : page.html;
  const response = new Response(html, { status: page.status, headers: page.headers });
  response.headers.set(PAGE_CACHE_HEADER, page.state);
  return response;
}

/**
 * The cookie header of the page cache's own render request with nothing but the language
 * (a session must never reach a page that is going to be shared), or undefined for any
 * other request.
 */
export function fillRequestCookie(request: NextRequest): string | undefined {
  if (!request.headers.has(PAGE_FILL_HEADER)) return undefined;
  const locale = request.cookies.get(LOCALE_COOKIE)?.value;
  return locale ? `${LOCALE_COOKIE}=${encodeURIComponent(locale)}` : "";
}
