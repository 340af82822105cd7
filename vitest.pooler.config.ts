import { defineConfig } from "vitest/config";
import base from "./vitest.config.ts";

/**
 * The app behind PgBouncer in transaction mode (tests/integration/pooler.test.ts). Needs
 * PostgreSQL (TEST_DATABASE_URL/DATABASE_URL, else 127.0.0.1:5432 as postgres) and Debian's
 * pgbouncer, so it is not part of `npm test`. The base config's include and exclude are
 * replaced, not merged (mergeConfig would concatenate the lists).
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["tests/integration/pooler.test.ts"],
    exclude: ["**/node_modules/**"],
  },
});
