import { useTranslations } from "next-intl";

/**
 * The "still loading" placeholder for route segments. role="status" makes screen readers
 * announce it politely; aria-busy tells them the region is still being filled.
 */
export function LoadingStatus({ label }: { label?: string }) {
  const t = useTranslations("common");
  return (
    <div
      role="status"
      aria-busy="true"
      aria-live="polite"
      className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-24 text-slate-600 sm:px-6"
    >
      <span
        aria-hidden="true"
        className="size-5 animate-spin rounded-full border-2 border-brand-200 border-t-brand-700"
      />
      <span>{label ?? t("loading")}</span>
    </div>
  );
}
