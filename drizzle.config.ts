import { defineConfig } from "drizzle-kit";

// drizzle-kit only diffs the TypeScript schema against the migration snapshots here;
// it never needs a database connection for `generate`.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/server/db/schema.ts",
  out: process.env.DRIZZLE_OUT ?? "./drizzle",
  strict: true,
});
