import { NextResponse, type NextRequest } from "next/server";
import { localeFromHeaders } from "@/i18n/headers-locale";
import { getEnv } from "@/server/env";
import { contentSecurityPolicy } from "@/server/http/content-security-policy";
import { isSafeRawPath } from "@/server/http/is-safe-raw-path";
import { PAGE_PATH_HEADER } from "@/server/http/page-path";
import { securityHeaders } from "@/server/http/security-headers";
import { errorText } from "@/server/messages/error-text";
import { renderErrorText } from "@/server/messages/render-error-text";
import { fillRequestCookie, pageCacheResponse } from "@/server/page-cache/page-cache-response";
import { leaderboardSlots } from "@/ui/leaderboard/own-rank-html";

/** The cached pages' own personal slots (docs/decisions/028-public-page-cache.md). */
const PAGE_SLOTS = { "/leaderboard": leaderboardSlots };

// API answers are data, never documents to render or frame.
const API_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * Runs before every request: refuses paths no route could handle (NUL, broken
 * percent-encoding) with a 400, gives each page a fresh CSP nonce, puts the security
 * headers on every response, drops forwarded-address headers no trusted proxy vouches
 * for (docs/decisions/010-client-address.md), and answers anonymous visitors of the
 * public pages from the page cache (docs/decisions/028-public-page-cache.md).
 */
export async function proxy(request: NextRequest): Promise<Response> {
  const env = getEnv();
  const { pathname, protocol } = request.nextUrl;
  const https = protocol === "https:";
  const headers = securityHeaders({ hsts: https && env.NODE_ENV === "production" });

  if (!isSafeRawPath(pathname)) {
    const message = renderErrorText(
      errorText("errors.http.invalidAddress"),
      localeFromHeaders(request.headers),
    );
    return NextResponse.json(
      { error: { code: "VALIDATION_FAILED", message } },
      { status: 400, headers: { ...headers, "Content-Security-Policy": API_POLICY } },
    );
  }

  const requestHeaders = new Headers(request.headers);
  if (env.TRUST_PROXY_HOPS === 0) {
    // Next.js then records the socket's address as X-Forwarded-For itself.
    requestHeaders.delete("x-forwarded-for");
    requestHeaders.delete("x-real-ip");
  }
  let policy: string | undefined = API_POLICY;
  if (pathname.startsWith("/api/files/")) {
    // Files carry their own sandboxing policy (src/app/api/files/[...key]/route.ts).
    policy = undefined;
  } else if (!pathname.startsWith("/api/")) {
    const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
    policy = contentSecurityPolicy({
      nonce,
      development: env.NODE_ENV === "development",
      https,
    });
    // Next.js takes the nonce for its scripts from the request's policy.
    requestHeaders.set("Content-Security-Policy", policy);
    // The page's own address, for forms that come back to it (the language switcher).
    // (Without Next.js's own _rsc marker, which the proxy sees: next.config.ts.)
    const query = new URLSearchParams(request.nextUrl.search);
    query.delete("_rsc");
    requestHeaders.set(PAGE_PATH_HEADER, pathname + (query.size > 0 ? `?${query}` : ""));
    const fillCookie = fillRequestCookie(request);
    if (fillCookie !== undefined) requestHeaders.set("cookie", fillCookie);
    const cached = await pageCacheResponse(request, nonce, PAGE_SLOTS);
    if (cached) {
      for (const [name, value] of Object.entries(headers)) cached.headers.set(name, value);
      cached.headers.set("Content-Security-Policy", policy);
      return cached;
    }
  }

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  if (policy) response.headers.set("Content-Security-Policy", policy);
  return response;
}
