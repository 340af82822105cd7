import { LOCALE_COOKIE } from "@/i18n/locales";
import { SESSION_COOKIE } from "../auth/session-cookie";

/**
 * The public pages served from the page cache and the query each one may carry. Signed-in
 * visitors share them, their personal slots spliced in.
 */
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

export interface PageCacheTarget {
  /** The path and normalized query the page is cached under. */
  target: string;
  /** The request carries a (local) session: its personal parts are spliced in. */
  signedIn: boolean;
}

/**
 * Where a request's page is in the page cache, or null when it must be rendered for this
 * request: not a GET, an RSC or action request, a cookie other than the language's and
 * the local session (anything else a page might read), a page outside the cached set, a
 * query with unknown, repeated or long parameters (the key space stays bounded).
 * Pure: decided from the request alone.
 */
export function pageCacheTarget(request: {
  method: string;
  pathname: string;
  searchParams: URLSearchParams;
  headers: Headers;
}): PageCacheTarget | null {
  if (request.method !== "GET") return null;
  if (RSC_HEADERS.some((name) => request.headers.has(name))) return null;
  const cookies = cookieNames(request.headers.get("cookie"));
  if (cookies.some((name) => name !== LOCALE_COOKIE && name !== SESSION_COOKIE)) return null;
  const signedIn = cookies.includes(SESSION_COOKIE);
  const page = PAGES.find((candidate) => candidate.path.test(request.pathname));
  if (!page) return null;
  const entries = [...request.searchParams];
  const names = new Set(entries.map(([name]) => name));
  if (names.size !== entries.length) return null;
  for (const [name, value] of entries) {
    if (!page.params.includes(name) || value.length > MAX_VALUE_LENGTH) return null;
  }
  if (entries.length === 0) return { target: request.pathname, signedIn };
  const query = new URLSearchParams(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
  return { target: `${request.pathname}?${query.toString()}`, signedIn };
}

/** The names of the cookies in a Cookie header. */
function cookieNames(header: string | null): string[] {
  return (header ?? "")
    .split(";")
    .map((part) => part.split("=")[0]!.trim())
    .filter((name) => name !== "");
}
