import { z } from "zod";
import { buildStatusList } from "@/server/credentials/build-status-list";
import { apiRoute } from "@/server/http/api-route";

type Context = { params: Promise<{ list: string }> };

const listNumber = z.coerce.number().int().min(0).max(16_383);

/** A signed revocation Bitstring Status List credential (§15); verifiers fetch it. */
export const GET = apiRoute<Context>(async (_request, { params }) => {
  const parsed = listNumber.safeParse((await params).list);
  if (!parsed.success || !/^\d+$/.test((await params).list))
    return Response.json(
      { error: { code: "NOT_FOUND", message: "No such status list." } },
      { status: 404 },
    );
  return Response.json(await buildStatusList(parsed.data), {
    headers: {
      "Content-Type": "application/vc+ld+json",
      // Revocation shows within a minute to verifiers that honour caching.
      "Cache-Control": "public, max-age=60",
      "Access-Control-Allow-Origin": "*",
    },
  });
});
