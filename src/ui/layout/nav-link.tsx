"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/**
 * A nav link that marks itself with aria-current="page" so screen readers announce
 * where the user is. A client component only because the server layout can't read the
 * pathname (layouts persist across navigations).
 */
export function NavLink({
  href,
  className,
  exact = false,
  children,
}: {
  href: string;
  className: string;
  /** Current only on this exact path, not on the pages beneath it (an "Overview" link). */
  exact?: boolean;
  children: React.ReactNode;
}) {
  const pathname = usePathname();
  const isCurrent = exact ? pathname === href : isCurrentSection(pathname, href);
  return (
    <Link href={href} className={className} aria-current={isCurrent ? "page" : undefined}>
      {children}
    </Link>
  );
}

// "/" would otherwise prefix-match every path; deeper pages (e.g. /dashboard/submissions)
// still highlight their section.
function isCurrentSection(pathname: string, href: string): boolean {
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(`${href}/`);
}
