import { NextRequest } from "next/server";
import { proxy } from "../../src/proxy";

/**
 * Sends a request through src/proxy.ts the way `next start` does, then returns what the
 * route handler would receive: the proxy's request-header overrides applied, and the
 * socket's address recorded as X-Forwarded-For when no header is left (Next.js's server
 * does that). A response from the proxy itself (a refusal) is returned as such.
 */
export async function throughProxy(
  request: Request,
  socketAddress: string,
): Promise<{ request: Request } | { response: Response }> {
  const body = await request.arrayBuffer();
  // The proxy never reads bodies; it gets the method, the address and the headers.
  const response = await proxy(
    new NextRequest(request.url, { method: request.method, headers: request.headers }),
  );
  if (!response.headers.get("x-middleware-next")) return { response };
  const overridden = response.headers.get("x-middleware-override-headers");
  const headers = new Headers();
  for (const name of overridden?.split(",") ?? []) {
    const value = response.headers.get(`x-middleware-request-${name}`);
    if (value !== null) headers.set(name, value);
  }
  if (!overridden) request.headers.forEach((value, name) => headers.set(name, value));
  if (!headers.has("x-forwarded-for")) headers.set("x-forwarded-for", socketAddress);
  return {
    request: new Request(request.url, {
      method: request.method,
      headers,
      body: body.byteLength > 0 ? body : undefined,
    }),
  };
}
