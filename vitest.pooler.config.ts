import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config";

/**
 * The app behind PgBouncer in transaction mode (tests/integration/pooler.test.ts). Needs
 * PostgreSQL (TEST_DATABASE_URL/DATABASE_URL, else 127.0.0.1:5432 as postgres) and Debian's
 * pgbouncer, so it is not part of `npm test`.
 */
export default mergeConfig(
  base,
  defineConfig({ test: { include: ["tests/integration/pooler.test.ts"], exclude: [] } }),
);
