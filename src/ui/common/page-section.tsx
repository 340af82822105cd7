import type { ReactNode } from "react";

const TITLE_CLASS = {
  page: "text-xl font-bold tracking-tight text-slate-900",
  card: "text-base font-semibold text-slate-900",
  hidden: "sr-only",
};

/**
 * A titled part of a page: a region named by its h2, so screen-reader users can jump
 * between parts. `id` makes the heading's id (`${id}-heading`). A "card" is a small boxed
 * part beside the main content; a "hidden" title is for screen readers only, where the
 * page already shows what the part is.
 */
export function PageSection({
  id,
  title,
  look = "page",
  action,
  className = "",
  children,
}: {
  id: string;
  title: ReactNode;
  look?: keyof typeof TITLE_CLASS;
  /** A link or button shown beside the title (e.g. "Edit evidence"). */
  action?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const heading = (
    <h2 id={`${id}-heading`} className={TITLE_CLASS[look]}>
      {title}
    </h2>
  );
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className={`${look === "card" ? "rounded-xl border border-slate-200 p-5" : ""} ${className}`}
    >
      {action ? (
        <div className="flex flex-wrap items-center justify-between gap-3">
          {heading}
          {action}
        </div>
      ) : (
        heading
      )}
      {children}
    </section>
  );
}
