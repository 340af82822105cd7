/**
 * Class names for links and buttons that look like buttons, so call-to-action styling
 * stays identical across pages. Both pairs meet AA contrast in every state.
 */
export const primaryButtonClass =
  "inline-flex items-center justify-center rounded-lg bg-brand-700 px-5 py-3 text-base font-semibold text-white shadow-sm hover:bg-brand-800";

export const secondaryButtonClass =
  "inline-flex items-center justify-center rounded-lg border border-slate-300 bg-white px-5 py-3 text-base font-semibold text-slate-800 hover:border-brand-700 hover:text-brand-800";

/** For actions that destroy something (withdrawing a submission); red-700 on white is AA. */
export const dangerButtonClass =
  "inline-flex items-center justify-center rounded-lg bg-red-700 px-5 py-3 text-base font-semibold text-white shadow-sm hover:bg-red-800";
