import { useTranslations } from "next-intl";
import { secondaryButtonClass } from "@/ui/forms/button-styles";

/** "Export CSV" for a list: the matching export, with the filters the list shows. */
export function ExportCsvLink({
  kind,
  filters,
}: {
  kind: "submissions" | "users" | "audit";
  filters: Record<string, string | undefined>;
}) {
  const t = useTranslations("exports");
  const query = new URLSearchParams(
    Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])),
  ).toString();
  return (
    <a
      href={`/api/admin/exports/${kind}.csv${query ? `?${query}` : ""}`}
      className={`${secondaryButtonClass} mt-4`}
      download
    >
      {t("exportCsv")}
    </a>
  );
}
