import "server-only";
import { z } from "zod";
import { KajabiApiError } from "./kajabi-api-error";
import type { KajabiApiSession } from "./open-kajabi-api";

const JSON_API = "application/vnd.api+json";

const errorDocument = z.object({
  errors: z.array(z.object({ title: z.string().nullish(), detail: z.string().nullish() }).loose()),
});

const HINTS: Record<number, string> = {
  401: "the access token was refused; check KAJABI_CLIENT_ID and KAJABI_CLIENT_SECRET",
  403: "the API key lacks a permission (tag hooks need view:contacts)",
  404: "not found",
};

/**
 * One JSON:API request to Kajabi with the session's bearer token. Answers the parsed body
 * (null for 204); any other status becomes a KajabiApiError quoting Kajabi's own errors.
 */
export async function callKajabiApi(
  session: KajabiApiSession,
  request: { method: "GET" | "POST" | "DELETE"; path: string; body?: unknown },
): Promise<unknown> {
  const where = `${request.method} ${request.path}`;
  let response: Response;
  try {
    response = await fetch(`${session.baseUrl}${request.path}`, {
      method: request.method,
      headers: {
        Accept: JSON_API,
        Authorization: `Bearer ${session.accessToken}`,
        ...(request.body !== undefined && { "Content-Type": JSON_API }),
      },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    throw new KajabiApiError(`${where} did not reach Kajabi: ${(error as Error).message}`);
  }
  if (response.status === 204) return null;
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return body;
  const errors = errorDocument.safeParse(body);
  const said = errors.success
    ? errors.data.errors.map((e) => [e.title, e.detail].filter(Boolean).join(": ")).join("; ")
    : "";
  const hint = HINTS[response.status];
  throw new KajabiApiError(
    `${where} failed with HTTP ${response.status}${hint ? ` (${hint})` : ""}${said ? `: ${said}` : ""}.`,
    response.status,
  );
}
