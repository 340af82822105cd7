import Link from "next/link";
import type { ReactNode } from "react";

/**
 * The dashed "nothing here" panel of the admin lists: a title, why, and (optionally) a
 * link to what to look at instead.
 */
export function AdminEmptyState({
  title,
  children,
  link,
}: {
  title: string;
  children?: ReactNode;
  link?: { href: string; label: string };
}) {
  return (
    <div className="rounded-xl border border-dashed border-slate-300 bg-slate-50 px-6 py-10 text-center">
      <p className="font-semibold text-slate-900">{title}</p>
      {children ? <div className="mt-1 text-sm text-slate-600">{children}</div> : null}
      {link ? (
        <Link
          href={link.href}
          className="mt-4 inline-block text-sm font-semibold text-brand-700 underline hover:text-brand-900"
        >
          {link.label}
        </Link>
      ) : null}
    </div>
  );
}
