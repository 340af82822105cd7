import { defineConfig } from "vitest/config";
import base from "./vitest.config.ts";

/**
 * Two production servers on one PostgreSQL with S3 storage (tests/instances/). Needs
 * PostgreSQL and a production build (it builds one if .next has none), so it is not part
 * of `npm test`: `npm run test:instances` (CI runs it after the browser tests).
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["tests/instances/**/*.test.ts"],
    exclude: ["**/node_modules/**"],
    globalSetup: [],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
