import Link from "next/link";

/** The "LEAPS Tracker" logo, linking home. */
export function Wordmark() {
  return (
    <Link
      href="/"
      className="inline-flex shrink-0 items-center gap-2 rounded-md text-base font-bold tracking-tight whitespace-nowrap text-slate-900 sm:text-lg"
    >
      <span
        aria-hidden="true"
        className="grid size-8 place-items-center rounded-lg bg-brand-700 text-sm font-extrabold text-white"
      >
        L
      </span>
      <span>
        LEAPS{" "}
        {/* On the narrowest phones the header can't fit the full name beside the account
            links and menu, so "Tracker" is kept for screen readers only. */}
        <span className="text-brand-700 max-[379px]:sr-only">Tracker</span>
      </span>
    </Link>
  );
}
