import { LOCALE_COOKIE } from "@/i18n/locales";

/** The public pages served from the page cache, and the query each one may carry. */
const PAGES: { path: RegExp; params: readonly string[] }[] = [
  { path: /^\/$/, params: [] },
  { path: /^\/leaderboard$/, params: ["cohort", "page", "period", "q"] },
  { path: /^\/metrics$/, params: [] },
  { path: /^\/u\/[A-Za-z0-9_-]{1,30}$/, params: [] },
];

const MAX_VALUE_LENGTH = 100;

/** Requests for React Server Component payloads (client navigation, prefetch, actions). */
const RSC_HEADERS = [
  "rsc",
  "next-router-prefetch",
  "next-router-state-tree",
  "next-router-segment-prefetch",
  "next-action",
];

/**
 * The address a request's page is cached under (path and normalized query), or null when
 * it must be rendered for this request: not a GET, an RSC or action request, any cookie
 * but the language's (a session, or anything a page might read), a page outside the
 * cached set, or a query with unknown, repeated or long parameters (the key space stays
 * bounded). Pure: decided from the request alone.
 */
export function pageCacheTarget(request: {
  method: string;
  pathname: string;
  searchParams: URLSearchParams;
  headers: Headers;
}): string | null {
  if (request.method !== "GET") return null;
  if (RSC_HEADERS.some((name) => request.headers.has(name))) return null;
  if (!onlyLocaleCookie(request.headers.get("cookie"))) return null;
  const page = PAGES.find((candidate) => candidate.path.test(request.pathname));
  if (!page) return null;
  const entries = [...request.searchParams];
  const names = new Set(entries.map(([name]) => name));
  if (names.size !== entries.length) return null;
  for (const [name, value] of entries) {
    if (!page.params.includes(name) || value.length > MAX_VALUE_LENGTH) return null;
  }
  if (entries.length === 0) return request.pathname;
  const query = new URLSearchParams(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
  return `${request.pathname}?${query.toString()}`;
}

/** Whether a Cookie header carries nothing but (at most) the language choice. */
function onlyLocaleCookie(header: string | null): boolean {
  if (!header) return true;
  return header
    .split(";")
    .map((part) => part.trim())
    .every((part) => part === "" || part.startsWith(`${LOCALE_COOKIE}=`));
}
