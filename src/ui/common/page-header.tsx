import type { ReactNode } from "react";
import { BackLink } from "./back-link";

/**
 * A page's h1, with the way back above it (on detail pages) and what the page is for
 * below it.
 */
export function PageHeader({
  title,
  back,
  intro,
  children,
}: {
  title: ReactNode;
  back?: { href: string; label: string };
  /** What the page is for, in a sentence or two. */
  intro?: ReactNode;
  /** Anything else under the title. */
  children?: ReactNode;
}) {
  return (
    <>
      {back ? <BackLink href={back.href}>{back.label}</BackLink> : null}
      <h1
        className={`text-3xl font-bold tracking-tight break-words text-slate-900 ${back ? "mt-2" : ""}`}
      >
        {title}
      </h1>
      {intro ? <p className="mt-2 max-w-2xl text-slate-600">{intro}</p> : null}
      {children}
    </>
  );
}
