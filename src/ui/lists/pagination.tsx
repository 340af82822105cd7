import Link from "next/link";
import { useTranslations } from "next-intl";
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

/** "Showing 21–40 of 1,234" / "Menampilkan 21–40 dari 1.234": this page's rows and how many match. */
export function PageRange({ offset, shown, total }: PageWindow) {
  const t = useTranslations("lists");
  return (
    <p className="text-sm text-slate-700">
      {t("range", { from: offset + 1, to: offset + shown, total })}
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
  const t = useTranslations("lists");
  const hasPrevious = page > 1;
  const hasNext = offset + shown < total;
  if (!hasPrevious && !hasNext) return null;
  const linkClass = `${secondaryButtonClass} px-4 py-2 text-sm`;
  return (
    <nav aria-label={t("pagination")} className="flex items-center justify-between gap-3">
      {hasPrevious ? (
        <Link href={listHref(path, query, page - 1)} className={linkClass} rel="prev">
          <span aria-hidden="true">←&nbsp;</span>
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      {hasNext ? (
        <Link href={listHref(path, query, page + 1)} className={linkClass} rel="next">
          {t("next")}
          <span aria-hidden="true">&nbsp;→</span>
        </Link>
      ) : null}
    </nav>
  );
}
