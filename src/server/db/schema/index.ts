/**
 * The database schema: the single source of truth for tables, columns and indexes.
 *
 * It reproduces the schema document the project was created from exactly (the expected
 * shape is stated as data in tests/integration/schema-conformance.test.ts and described in
 * docs/DATABASE.md):
 * enum names and values, table and column names, nullability, defaults, uniques and
 * indexes, with the constraint names Prisma gives them so a database created from
 * either looks the same. What drizzle-kit cannot express (roles, row level security,
 * triggers, views, functions, seed rows) lives in the custom SQL migrations in drizzle/.
 *
 * drizzle.config.ts points drizzle-kit at this file: a table not exported from here is
 * not migrated.
 */
export * from "./enums";
export * from "./users";
export * from "./submissions";
export * from "./activity-descriptions";
export * from "./ledger";
export * from "./badges";
export * from "./kajabi";
export * from "./audit";
export * from "./identity";
export * from "./uploads";
export * from "./public-profiles";
export * from "./accounts";
export * from "./mail";
export * from "./credentials";
