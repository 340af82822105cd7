import { requireRole } from "@/server/auth/guards";
import { exportFilters } from "@/server/exports/export-filters";
import { parseExportFile } from "@/server/exports/parse-export-file";
import { streamCsvExport } from "@/server/exports/stream-csv-export";
import { apiRoute } from "@/server/http/api-route";

export const GET = apiRoute<{ params: Promise<{ file: string }> }>(async (request, { params }) => {
  const admin = await requireRole("ADMIN", request);
  const kind = parseExportFile((await params).file);
  const filters = exportFilters.parse(Object.fromEntries(new URL(request.url).searchParams));
  const body = await streamCsvExport({ admin, kind, filters });
  const date = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="leaps-${kind}-${date}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
});
