import type { ReactNode } from "react";

/** What a section says when it has nothing to list yet, and what to do about it. */
export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <div className="rounded-xl border border-dashed border-slate-300 bg-slate-50 px-5 py-6 text-sm text-slate-700">
      {children}
    </div>
  );
}
