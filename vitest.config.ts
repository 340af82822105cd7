import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname, "src"),
      // server-only throws outside React Server Components; tests are server code.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
      // next-intl/server works only inside a React Server Components render; tests call
      // pages and actions directly (tests/helpers/next-intl-server.ts).
      "next-intl/server": path.resolve(import.meta.dirname, "tests/helpers/next-intl-server.ts"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    // Needs a PostgreSQL server and PgBouncer, which `npm test` on a fresh machine has not:
    // `npm run test:pooler` runs it (vitest.pooler.config.ts; CI does).
    // failover.test.ts terminates PostgreSQL backends: PGlite has no connections to lose, so
    // it runs only on the PostgreSQL lane (listed, not skipped).
    exclude: [
      "tests/integration/pooler.test.ts",
      ...(process.env.TEST_DATABASE_URL || process.env.DATABASE_URL
        ? []
        : ["tests/integration/failover.test.ts"]),
      "**/node_modules/**",
    ],
    globalSetup: ["tests/helpers/global-setup.ts"],
    setupFiles: ["tests/helpers/fail-on-console-error.ts"],
    // Expected failures (e.g. the health check's) would otherwise fill the output.
    // Sign-ups come from one client here; the sign-up limit has its own test.
    // A fixed badge signing key: the PostgreSQL lanes have DATABASE_URL, where a missing key
    // is a configuration error (docs/decisions/023-open-badges.md). Test-only, not a secret.
    env: {
      LOG_LEVEL: process.env.LOG_LEVEL ?? "silent",
      SIGN_UP_LIMIT_PER_HOUR: "100000",
      BADGE_SIGNING_KEY: "dGVzdC1vbmx5IGJhZGdlIHNpZ25pbmcga2V5IDMyIGI",
    },
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
