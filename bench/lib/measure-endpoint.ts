import autocannon from "autocannon";

export interface EndpointFigures {
  name: string;
  path: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** Average body bytes per response as sent (no Accept-Encoding: uncompressed). */
  bytesPerResponse: number;
}

/**
 * Load on one endpoint from `connections` keep-alive connections for `seconds`.
 * `paths` rotates per request (e.g. many profiles) when given.
 */
export async function measureEndpoint(options: {
  baseUrl: string;
  name: string;
  path: string;
  paths?: string[];
  connections: number;
  seconds: number;
  /** Extra request headers, e.g. a session cookie. */
  headers?: Record<string, string>;
}): Promise<EndpointFigures> {
  let next = 0;
  const result = await autocannon({
    url: `${options.baseUrl}${options.path}`,
    connections: options.connections,
    duration: options.seconds,
    ...(options.headers && { headers: options.headers }),
    // Per-request hooks only take effect inside `requests` (autocannon 9).
    ...(options.paths && {
      requests: [
        {
          setupRequest: (request: autocannon.Request) => ({
            ...request,
            path: options.paths![next++ % options.paths!.length],
          }),
        },
      ],
    }),
  });
  return {
    name: options.name,
    path: options.path,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    bytesPerResponse: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
  };
}
