/**
 * GET /api/health: ok with a database, 503 with a reason (and no internals) without;
 * ?probe=live answers while the process runs, ?probe=ready follows the server's state
 * (scripts/serve.mjs) and the database.
 */
import { afterAll, describe, expect, test } from "vitest";
import { GET } from "../../src/app/api/health/route";
import { setDatabase } from "../../src/server/db/get-database";
import { openDatabase } from "../../src/server/db/open-database";
import type { ServerLifecycle } from "../../src/server/lifecycle/server-lifecycle";
import { setupTestDatabase } from "../helpers/test-database";

const database = setupTestDatabase();

describe("GET /api/health", () => {
  afterAll(() => setDatabase(database()));

  test("200 and ok when the database answers", async () => {
    const response = await GET(new Request("http://localhost/api/health"));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
  });

  test("503 with a reason when the database is down, without driver internals", async () => {
    // A PostgreSQL server that is not there: nothing listens on port 1.
    const unreachable = await openDatabase({
      engine: "postgres",
      url: "postgres://postgres@127.0.0.1:1/none",
    });
    setDatabase(unreachable);
    try {
      const response = await GET(new Request("http://localhost/api/health"));
      expect(response.status).toBe(503);
      const body = await response.json();
      expect(body).toEqual({
        status: "error",
        database: "unavailable",
        reason: expect.any(String),
      });
      expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack|at /);
    } finally {
      await unreachable.close();
    }
  });

  describe("probes", () => {
    const holder = globalThis as typeof globalThis & { __leapsServer?: ServerLifecycle };
    const probe = (name: string) => GET(new Request(`http://localhost/api/health?probe=${name}`));
    afterAll(() => {
      delete holder.__leapsServer;
    });

    test("ready: 200 once started with a database; 503 + Retry-After while starting or stopping", async () => {
      setDatabase(database());
      holder.__leapsServer = { state: "starting", onShutdown: [] };
      const starting = await probe("ready");
      expect(starting.status).toBe(503);
      expect(starting.headers.get("retry-after")).toBe("5");
      expect(await starting.json()).toEqual({
        status: "error",
        probe: "ready",
        reason: "the server is starting",
      });
      holder.__leapsServer.state = "ready";
      const ready = await probe("ready");
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: "ok", database: "ok", probe: "ready" });
      holder.__leapsServer.state = "stopping";
      const stopping = await probe("ready");
      expect(stopping.status).toBe(503);
      expect((await stopping.json()).reason).toBe("the server is shutting down");
      // Liveness and the plain check do not follow the state: the process still runs.
      expect((await probe("live")).status).toBe(200);
      expect((await GET(new Request("http://localhost/api/health"))).status).toBe(200);
    });

    test("live stays 200 without a database; ready answers 503; an unknown probe is a 400", async () => {
      holder.__leapsServer = { state: "ready", onShutdown: [] };
      const unreachable = await openDatabase({
        engine: "postgres",
        url: "postgres://postgres@127.0.0.1:1/none",
      });
      setDatabase(unreachable);
      try {
        const live = await probe("live");
        expect(live.status).toBe(200);
        expect(await live.json()).toEqual({ status: "ok", probe: "live" });
        const ready = await probe("ready");
        expect(ready.status).toBe(503);
        expect((await ready.json()).database).toBe("unavailable");
        const unknown = await probe("maybe");
        expect(unknown.status).toBe(400);
        expect((await unknown.json()).error.code).toBe("VALIDATION_FAILED");
      } finally {
        await unreachable.close();
        setDatabase(database());
      }
    });
  });
});
