import "server-only";
import { z } from "zod";
import { KajabiApiError } from "./kajabi-api-error";

export interface KajabiApiSession {
  baseUrl: string;
  accessToken: string;
}

const tokenResponse = z.object({ access_token: z.string().min(1) });

/**
 * Signs in to Kajabi's API with a User API Key (OAuth2 client credentials,
 * `POST /v1/oauth/token`). Refused credentials and an unreachable API are reported in
 * words the operator can act on.
 */
export async function openKajabiApi(options: {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
}): Promise<KajabiApiSession> {
  let response: Response;
  try {
    response = await fetch(`${options.baseUrl}/v1/oauth/token`, {
      method: "POST",
      headers: { Accept: "application/json" },
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_id: options.clientId,
        client_secret: options.clientSecret,
      }),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    throw new KajabiApiError(
      `Could not reach Kajabi's API at ${options.baseUrl}: ${reason(error)}`,
    );
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.status === 400 || response.status === 401) {
    const said = z.object({ error: z.string() }).safeParse(body);
    throw new KajabiApiError(
      `Kajabi refused the API credentials (HTTP ${response.status}${said.success ? `: ${said.data.error}` : ""}). ` +
        "Check KAJABI_CLIENT_ID and KAJABI_CLIENT_SECRET: Kajabi admin → Settings → Security → User API Keys.",
      response.status,
    );
  }
  const parsed = tokenResponse.safeParse(body);
  if (!response.ok || !parsed.success) {
    throw new KajabiApiError(
      `Kajabi's token endpoint answered HTTP ${response.status} without an access token.`,
      response.status,
    );
  }
  return { baseUrl: options.baseUrl, accessToken: parsed.data.access_token };
}

function reason(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return cause instanceof Error ? cause.message : String(cause);
}
