import Link from "next/link";
import { secondaryButtonClass } from "@/ui/forms/button-styles";

/** Previous/next links under an admin list; nothing when everything fits on one page. */
export function AdminPagination({
  previousHref,
  nextHref,
}: {
  previousHref: string | null;
  nextHref: string | null;
}) {
  if (!previousHref && !nextHref) return null;
  const linkClass = `${secondaryButtonClass} px-4 py-2 text-sm`;
  return (
    <nav aria-label="Pagination" className="flex items-center justify-between gap-3">
      {previousHref ? (
        <Link href={previousHref} className={linkClass} rel="prev">
          <span aria-hidden="true">←&nbsp;</span>Previous page
        </Link>
      ) : (
        <span />
      )}
      {nextHref ? (
        <Link href={nextHref} className={linkClass} rel="next">
          Next page<span aria-hidden="true">&nbsp;→</span>
        </Link>
      ) : null}
    </nav>
  );
}
