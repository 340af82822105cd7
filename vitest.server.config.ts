import { defineConfig } from "vitest/config";
import base from "./vitest.config.ts";

/**
 * The production start (scripts/serve.mjs) against a built app (tests/server/): run
 * `npm run build` first, then `npm run test:server`. Not part of `npm test`, which needs
 * no build. The base config's include and exclude are replaced, not merged.
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["tests/server/**/*.test.ts"],
    exclude: ["**/node_modules/**"],
    testTimeout: 120_000,
  },
});
