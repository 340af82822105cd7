import Link from "next/link";
import type { ReactNode } from "react";

/** The small "← Dashboard" link above a page's heading, back to where it belongs. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="text-sm">
      <Link href={href} className="font-medium text-brand-700 underline hover:text-brand-900">
        <span aria-hidden="true">← </span>
        {children}
      </Link>
    </p>
  );
}
