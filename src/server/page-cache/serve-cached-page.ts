import "server-only";
import type { Locale } from "@/i18n/locales";
import { logWarn } from "../log";
import { originFromHeaders } from "../http/origin-from-headers";
import { currentPublicVersion } from "../cache/current-public-version";
import { inlineBoundaries } from "./inline-boundaries";
import { pageStore, type StoredPage } from "./page-store";
import { renderForCache } from "./render-for-cache";
import { nonceOfPolicy, swapNonce } from "./swap-nonce";

/** Memory for rendered pages, per server process. */
const MAX_BYTES = 64 * 1024 * 1024;
/**
 * A cached page is re-rendered at least this often even when no data changed: relative
 * times ("3 days ago") move on, and anything a page shows beyond the versioned data
 * cannot stay older than this.
 */
const MAX_AGE_MS = 60_000;
const MAX_ORIGIN_LENGTH = 200;
/** Headers of the render that are the transport's, or set again for each response. */
const DROPPED = new Set([
  "connection",
  "content-encoding",
  "content-length",
  "content-security-policy",
  "date",
  "keep-alive",
  "set-cookie",
  "transfer-encoding",
]);

const store = pageStore(MAX_BYTES);
const fills = new Map<string, Promise<Rendered | null>>();
let warnedUnreachable = false;

interface Rendered extends StoredPage {
  status: number;
}

export interface CachedPageResponse {
  status: number;
  html: string;
  headers: [string, string][];
  /** "hit": served from memory; "miss": rendered for this (and concurrent) requests. */
  state: "hit" | "miss";
}

/**
 * A public page for an anonymous visitor from the page cache (docs/decisions/028): kept
 * per (language, origin, path and normalized query) and reused while the public data
 * version is unchanged and it is younger than MAX_AGE_MS; otherwise rendered once for
 * every request waiting on it. The HTML carries the given nonce. Null: render this
 * request normally (database unreachable, the server cannot reach itself, or the render
 * answered with a cookie).
 */
export async function serveCachedPage(options: {
  target: string;
  locale: Locale;
  headers: Headers;
  nonce: string;
}): Promise<CachedPageResponse | null> {
  const origin = originFromHeaders(options.headers);
  if (origin.length > MAX_ORIGIN_LENGTH || !URL.canParse(origin)) return null;
  const key = `${options.locale} ${origin}${options.target}`;
  const version = await currentPublicVersion().catch(() => null);
  if (version === null) return null;
  const stored = store.get(key);
  if (stored && stored.version === version && Date.now() - stored.storedAt < MAX_AGE_MS) {
    return respond(stored, 200, options.nonce, "hit");
  }
  const fillKey = `${version} ${key}`;
  let fill = fills.get(fillKey);
  if (!fill) {
    fill = render(key, version, options, new URL(origin)).finally(() => fills.delete(fillKey));
    fills.set(fillKey, fill);
  }
  const rendered = await fill;
  return rendered && respond(rendered, rendered.status, options.nonce, "miss");
}

function respond(
  page: StoredPage,
  status: number,
  nonce: string,
  state: CachedPageResponse["state"],
): CachedPageResponse {
  return { status, html: swapNonce(page.html, page.nonce, nonce), headers: page.headers, state };
}

/**
 * Renders the page and keeps it when it is a complete, cookie-free 200 HTML document.
 * Next.js streams Suspense boundaries even to the complete-document render, so their
 * content is moved into place first (inline-boundaries.ts); a document still holding a
 * pending (<!--$?-->) or failed (<!--$!-->) boundary is passed on once, never kept.
 */
async function render(
  key: string,
  version: string,
  options: { target: string; locale: Locale },
  origin: URL,
): Promise<Rendered | null> {
  const page = await renderOnce(version, options, origin);
  if (!page || page.status !== 200) return page;
  const whole = inlineBoundaries(page.html);
  if (whole === null || whole.includes("<!--$?-->") || whole.includes("<!--$!-->")) return page;
  const complete = { ...page, html: whole };
  store.set(key, complete);
  return complete;
}

async function renderOnce(
  version: string,
  options: { target: string; locale: Locale },
  origin: URL,
): Promise<Rendered | null> {
  const response = await renderForCache(options.target, options.locale, origin);
  if (!response) {
    if (!warnedUnreachable) {
      warnedUnreachable = true;
      logWarn("page-cache.unreachable", { message: "pages are rendered per request" });
    }
    return null;
  }
  const nonce = nonceOfPolicy(response.headers.get("content-security-policy"));
  const html = response.headers.get("content-type")?.startsWith("text/html") ?? false;
  if (!nonce || !html || response.headers.has("set-cookie")) {
    await response.body?.cancel();
    return null;
  }
  return {
    status: response.status,
    version,
    storedAt: Date.now(),
    html: await response.text(),
    nonce,
    headers: [...response.headers].filter(
      ([name]) => !DROPPED.has(name) && !name.startsWith("x-leaps-"),
    ),
  };
}
