import type { ReactNode } from "react";

/** A grey panel of controls that act together (the bulk actions above a list). */
export function FieldsetPanel({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="mb-5 rounded-xl border border-slate-200 bg-slate-50 p-4">
      <legend className="px-1 text-sm font-semibold text-slate-900">{legend}</legend>
      {children}
    </fieldset>
  );
}
