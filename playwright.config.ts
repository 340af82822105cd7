import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

// Every run starts from an empty embedded database. Playwright re-evaluates this file in
// each worker; keeping the directory in the environment (which workers inherit) stops
// them from each creating an unused one.
process.env.E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "leaps-e2e-"));
const dataDir = process.env.E2E_DATA_DIR;
// The mail the server sends goes to an SMTP listener started by tests/e2e/global-setup.ts,
// which spools each message as a file for waitForMail (tests/e2e/mail-spool.ts).
process.env.E2E_SMTP_PORT ??= String(port + 5);
process.env.E2E_MAIL_SPOOL ??= path.join(dataDir, "mail-spool");

export default defineConfig({
  testDir: "tests/e2e",
  globalSetup: "./tests/e2e/global-setup.ts",
  globalTeardown: "./tests/e2e/global-teardown.ts",
  workers: 1,
  retries: 0,
  reporter: "list",
  use: {
    baseURL,
    screenshot: "only-on-failure",
    launchOptions: {
      // Debian's Chromium: `playwright install` downloads browsers and fails offline.
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  // identity.spec.ts checks the bootstrap rule (the first account becomes SUPERADMIN), so
  // it runs before every other file: those sign up people, and admins, of their own.
  projects: [
    { name: "bootstrap", testMatch: "identity.spec.ts" },
    { name: "app", testIgnore: "identity.spec.ts", dependencies: ["bootstrap"] },
  ],
  webServer: {
    // The production build, as users get it: dev mode hides build-time failures.
    command: `npm run build && npx next start -p ${port}`,
    url: baseURL,
    env: {
      DATA_DIR: dataDir,
      KAJABI_WEBHOOK_SECRET: "e2e-kajabi-secret",
      CRON_SECRET: "e2e-cron-secret",
      // Every test signs up from this one machine.
      SIGN_UP_LIMIT_PER_HOUR: "100000",
      // The admin console tests' own admin: SUPERADMIN once it confirms its email through the
      // mailed link (docs/product.md §2; verifyEmailThroughMail in tests/e2e/browser-accounts.ts).
      ADMIN_EMAILS: "e2e-admin@example.test",
      // `next start` is production, where cookies are Secure; the tests speak plain HTTP.
      COOKIE_SECURE: "false",
      // Badge credentials are signed with this test-only key (the embedded mode would
      // otherwise generate one into DATA_DIR, which works too).
      BADGE_SIGNING_KEY: "ZTJlLW9ubHkgYmFkZ2Ugc2lnbmluZyBrZXkgMzIgYnk",
      // Mail goes to the listener of tests/e2e/global-setup.ts; its links come back here.
      SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT}`,
      MAIL_FROM: '"LEAPS Tracker" <leaps@example.test>',
      APP_URL: baseURL,
    },
    reuseExistingServer: false,
    // The build runs first, on a machine that other work shares: give it room.
    timeout: 600_000,
  },
});
