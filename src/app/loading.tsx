import { LoadingStatus } from "@/ui/loading-status";

/*
 * Caution: a root loading boundary makes every page stream, and a streamed response has
 * already sent status 200, so notFound() after an await (e.g. an unknown profile handle)
 * renders the not-found page with 200 instead of 404. Prefer loading.tsx in segments that
 * never call notFound().
 */
export default function Loading() {
  return <LoadingStatus />;
}
