import { requireRole } from "@/server/auth/guards";
import { apiRoute } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";
import { addManualAdjustment, manualAdjustmentInput } from "@/server/ledger/add-manual-adjustment";

export const POST = apiRoute(async (request) => {
  const admin = await requireRole("ADMIN", request);
  const adjustment = await addManualAdjustment(
    admin,
    await readJson(request, manualAdjustmentInput),
  );
  return Response.json(adjustment, { status: 201 });
});
