import { requireUser } from "@/server/auth/guards";
import { apiRoute } from "@/server/http/api-route";
import { exportOwnData } from "@/server/privacy/export-own-data";

/** All of the caller's data as one JSON download (docs/product.md §8). */
export const GET = apiRoute(async (request) => {
  const user = await requireUser(request);
  const data = await exportOwnData(user);
  const day = data.exportedAt.slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="leaps-data-${user.handle}-${day}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
});
