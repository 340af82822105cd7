/**
 * Calls route handlers the way Next.js does, with real Request objects, so tests cover
 * the whole path: origin check, parsing, guards, domain code, the database, the
 * response. No server, no mocks.
 */
export const BASE_URL = "http://localhost:3000";

// Promise<never> accepts every handler's own params type (parameters are contravariant).
type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;

export interface CallOptions {
  body?: unknown;
  /** A raw body (e.g. invalid JSON); wins over body. */
  rawBody?: string;
  cookie?: string;
  headers?: Record<string, string>;
  params?: Record<string, string>;
  url?: string;
}

export async function call(
  handler: Handler,
  method: string,
  path: string,
  options: CallOptions = {},
  // JSON bodies are asserted field by field; typing every response shape here would
  // only duplicate the API's own types.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<{ status: number; body: any; headers: Headers }> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.cookie) headers.cookie = options.cookie;
  const hasBody = options.rawBody !== undefined || options.body !== undefined;
  if (hasBody) headers["content-type"] ??= "application/json";
  const request = new Request(`${options.url ?? BASE_URL}${path}`, {
    method,
    headers,
    body: hasBody ? (options.rawBody ?? JSON.stringify(options.body)) : undefined,
  });
  const params = Promise.resolve(options.params ?? {}) as Promise<never>;
  const response = await handler(request, { params });
  const text = await response.text();
  return {
    status: response.status,
    body: text ? JSON.parse(text) : null,
    headers: response.headers,
  };
}

/** The `name=value` pair of a Set-Cookie header, to send back as a Cookie header. */
export function cookieFrom(headers: Headers): string {
  const setCookie = headers.get("set-cookie");
  if (!setCookie) throw new Error("no Set-Cookie header");
  return setCookie.split(";")[0]!;
}
