import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Stands in for Kajabi's public API (api.kajabi.com, JSON:API) over real HTTP: OAuth2
 * client credentials, sites, and hooks listed page by page (at most `pageSize` per page,
 * as a server may cap it), created and deleted, with Kajabi's error shapes.
 */
export interface PeerHook {
  id: string;
  event: string;
  target_url: string;
  site_id: string;
}

const EVENTS = [
  "purchase",
  "form_submission",
  "tag_added",
  "tag_removed",
  "payment_succeeded",
  "order_created",
];

export async function startKajabiApiPeer(options: {
  clientId: string;
  clientSecret: string;
  sites?: { id: string; title: string }[];
  pageSize?: number;
}) {
  const sites = options.sites ?? [{ id: "2", title: "LEAPS Academy" }];
  const pageSize = options.pageSize ?? 2;
  const hooks: PeerHook[] = [];
  const tokens = new Set<string>();
  const requests: { method: string; path: string; contentType?: string; body?: unknown }[] = [];
  let nextId = 100;

  const send = (
    response: ServerResponse,
    status: number,
    body?: unknown,
    type = "application/vnd.api+json",
  ) => {
    response.writeHead(status, body === undefined ? {} : { "content-type": type });
    response.end(body === undefined ? undefined : JSON.stringify(body));
  };
  const errors = (status: number, title: string, detail: string) => ({
    errors: [{ status: String(status), source: null, title, detail }],
  });
  const resource = (hook: PeerHook) => ({
    id: hook.id,
    type: "hooks",
    attributes: {
      event: hook.event,
      target_url: hook.target_url,
      resource_id: null,
      created_at: "2026-11-30T10:00:00.000Z",
      updated_at: "2026-11-30T10:00:00.000Z",
    },
    relationships: { site: { data: { id: hook.site_id, type: "sites" } } },
  });

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url!, "http://peer");
    let raw = "";
    for await (const chunk of request) raw += chunk;
    const contentType = request.headers["content-type"];
    const body = raw && contentType?.includes("json") ? JSON.parse(raw) : raw || undefined;
    requests.push({ method: request.method!, path: url.pathname + url.search, contentType, body });

    if (request.method === "POST" && url.pathname === "/v1/oauth/token") {
      const form = new URLSearchParams(raw);
      if (form.get("grant_type") !== "client_credentials")
        return send(response, 400, { error: "unsupported_grant_type" }, "application/json");
      if (
        form.get("client_id") !== options.clientId ||
        form.get("client_secret") !== options.clientSecret
      )
        return send(response, 401, { error: "invalid_client" }, "application/json");
      const token = `peer-access-${tokens.size + 1}`;
      tokens.add(token);
      return send(
        response,
        200,
        {
          access_token: token,
          refresh_token: "peer-refresh",
          token_type: "Bearer",
          expires_in: 7200,
        },
        "application/json",
      );
    }
    const bearer = request.headers.authorization?.replace(/^Bearer /, "");
    if (!bearer || !tokens.has(bearer))
      return send(
        response,
        401,
        errors(401, "Unauthorized", "Authorization header is missing or invalid"),
      );

    if (request.method === "GET" && url.pathname === "/v1/sites")
      return send(response, 200, {
        data: sites.map((site) => ({
          id: site.id,
          type: "sites",
          attributes: { title: site.title },
        })),
      });
    if (request.method === "GET" && url.pathname === "/v1/hooks") {
      const number = Number(url.searchParams.get("page[number]") ?? 1);
      const size = Math.min(Number(url.searchParams.get("page[size]") ?? pageSize), pageSize);
      const totalPages = Math.max(1, Math.ceil(hooks.length / size));
      return send(response, 200, {
        data: hooks.slice((number - 1) * size, number * size).map(resource),
        links: { self: url.pathname + url.search },
        meta: { total_pages: totalPages, total_count: hooks.length, current_page: number },
      });
    }
    if (request.method === "POST" && url.pathname === "/v1/hooks") {
      if (!contentType?.startsWith("application/vnd.api+json"))
        return send(
          response,
          415,
          errors(415, "Unsupported Media Type", "use application/vnd.api+json"),
        );
      const data = body?.data;
      const siteId = data?.relationships?.site?.data?.id;
      if (data?.type !== "hooks" || !EVENTS.includes(data?.attributes?.event))
        return send(
          response,
          422,
          errors(422, "Unprocessable Entity", "event is not included in the list"),
        );
      if (
        typeof data.attributes.target_url !== "string" ||
        !/^https?:\/\//.test(data.attributes.target_url)
      )
        return send(response, 422, errors(422, "Unprocessable Entity", "target_url is invalid"));
      if (!sites.some((site) => site.id === siteId))
        return send(response, 422, errors(422, "Unprocessable Entity", "site must exist"));
      const hook = {
        id: String(nextId++),
        event: data.attributes.event,
        target_url: data.attributes.target_url,
        site_id: siteId,
      };
      hooks.push(hook);
      return send(response, 201, { data: resource(hook) });
    }
    const match = /^\/v1\/hooks\/([^/]+)$/.exec(url.pathname);
    if (request.method === "DELETE" && match) {
      const index = hooks.findIndex((hook) => hook.id === match[1]);
      if (index < 0) return send(response, 404, errors(404, "Not Found", "webhook does not exist"));
      hooks.splice(index, 1);
      return send(response, 204);
    }
    return send(response, 404, errors(404, "Not Found", "no such route"));
  };

  const server = createServer((request, response) => {
    handle(request, response).catch(() =>
      send(response, 500, errors(500, "Error", "peer failure")),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hooks,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
