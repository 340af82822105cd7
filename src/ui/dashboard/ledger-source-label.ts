import type { LedgerSource } from "@/server/db/schema";

/** Where a points entry came from, in the educator's words (docs/product.md §5 sources). */
export function ledgerSourceLabel(source: string, points: number): string {
  switch (source as LedgerSource) {
    case "FORM":
      return points < 0 ? "Approval reversed" : "Evidence approved";
    case "WEBHOOK":
      return "Course completed on Kajabi";
    case "MANUAL":
      return "Adjustment by the programme team";
    default:
      return source;
  }
}
