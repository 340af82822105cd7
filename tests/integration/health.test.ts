/** GET /api/health: ok with a database, 503 with a reason (and no internals) without. */
import { afterAll, describe, expect, test } from "vitest";
import { GET } from "../../src/app/api/health/route";
import { setDatabase } from "../../src/server/db/get-database";
import { openDatabase } from "../../src/server/db/open-database";
import { setupTestDatabase } from "../helpers/test-database";

const database = setupTestDatabase();

describe("GET /api/health", () => {
  afterAll(() => setDatabase(database()));

  test("200 and ok when the database answers", async () => {
    const response = await GET();
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
      const response = await GET();
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
});
