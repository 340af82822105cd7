/** Set by src/proxy.ts on every page request (never taken from the client). */
export const PAGE_PATH_HEADER = "x-leaps-page-path";
