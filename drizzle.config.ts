import { defineConfig } from "drizzle-kit";

// DRIZZLE_SCHEMA and DRIZZLE_OUT let scripts/db/check-drift.sh diff a copy.
// drizzle-kit only diffs the TypeScript schema against the migration snapshots here;
// it never needs a database connection for `generate`.
export default defineConfig({
  dialect: "postgresql",
  schema: process.env.DRIZZLE_SCHEMA ?? "./src/server/db/schema/index.ts",
  out: process.env.DRIZZLE_OUT ?? "./drizzle",
  strict: true,
});
