import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { LedgerSource } from "@/server/db/schema";

/**
 * Where a points entry came from, in the reader's words (docs/product.md §5 sources). An
 * element rather than a string, so any page can place it without a translator of its own.
 */
export function ledgerSourceLabel(source: string, points: number): ReactNode {
  return <LedgerSourceText source={source} points={points} />;
}

function LedgerSourceText({ source, points }: { source: string; points: number }) {
  const t = useTranslations("dashboard.history.sources");
  switch (source as LedgerSource) {
    case "FORM":
      return points < 0 ? t("FORM_REVERSED") : t("FORM");
    case "WEBHOOK":
      return t("WEBHOOK");
    case "MANUAL":
      return t("MANUAL");
    default:
      return source;
  }
}
