import Link from "next/link";
import { secondaryButtonClass } from "@/ui/forms/button-styles";
import { listHref, type ListQuery } from "./list-href";

export interface PageWindow {
  /** How many rows come before this page. */
  offset: number;
  /** How many rows this page shows. */
  shown: number;
  /** How many rows match in all. */
  total: number;
}

/** "Showing 21–40 of 1,234": the rows on this page and how many match. */
export function PageRange({ offset, shown, total }: PageWindow) {
  return (
    <p className="text-sm text-slate-700">
      Showing {(offset + 1).toLocaleString("en")}–{(offset + shown).toLocaleString("en")} of{" "}
      {total.toLocaleString("en")}
    </p>
  );
}

/**
 * Previous/next links under a list, to the same path with the same filters: a page is
 * a shareable URL, like the filter form's own. Nothing when everything fits on one page.
 */
export function Pagination({
  path,
  query,
  page,
  offset,
  shown,
  total,
}: PageWindow & { path: string; query: ListQuery; page: number }) {
  const hasPrevious = page > 1;
  const hasNext = offset + shown < total;
  if (!hasPrevious && !hasNext) return null;
  const linkClass = `${secondaryButtonClass} px-4 py-2 text-sm`;
  return (
    <nav aria-label="Pagination" className="flex items-center justify-between gap-3">
      {hasPrevious ? (
        <Link href={listHref(path, query, page - 1)} className={linkClass} rel="prev">
          <span aria-hidden="true">←&nbsp;</span>Previous page
        </Link>
      ) : (
        <span />
      )}
      {hasNext ? (
        <Link href={listHref(path, query, page + 1)} className={linkClass} rel="next">
          Next page<span aria-hidden="true">&nbsp;→</span>
        </Link>
      ) : null}
    </nav>
  );
}
