/**
 * What scripts/serve.mjs (the production start, `npm start`) shares with the app through
 * globalThis: the server's state for the readiness probe, and the work to do on shutdown
 * after the last in-flight request (run last registered first: background jobs stop
 * before the database closes). Absent under `next start`, `next dev` and the tests.
 */
export interface ServerLifecycle {
  state: "starting" | "ready" | "stopping";
  onShutdown: (() => Promise<void> | void)[];
}

export function serverLifecycle(): ServerLifecycle | undefined {
  return (globalThis as typeof globalThis & { __leapsServer?: ServerLifecycle }).__leapsServer;
}
