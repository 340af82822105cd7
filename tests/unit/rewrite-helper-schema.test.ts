/** The helper-schema rewrite of decision 026, held to every committed migration. */
import { readMigrationFiles } from "drizzle-orm/migrator";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { rewriteHelperSchema } from "../../src/server/db/rewrite-helper-schema";

const migrations = readMigrationFiles({
  migrationsFolder: path.join(import.meta.dirname, "../../drizzle"),
});
const statements = migrations.flatMap((m) => m.sql);
const AUTH_REFERENCE = /(?<![\w$."])auth\.|\bSCHEMA(\s+IF\s+NOT\s+EXISTS)?\s+auth\b/gi;
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

describe("rewriteHelperSchema", () => {
  test("is the identity for auth", () => {
    for (const statement of statements)
      expect(rewriteHelperSchema(statement, "auth")).toBe(statement);
  });

  test("moves every auth reference of every migration to leaps_auth, one for one", () => {
    const before = statements.reduce((n, s) => n + count(s, AUTH_REFERENCE), 0);
    expect(before).toBeGreaterThan(50);
    let after = 0;
    for (const statement of statements) {
      const rewritten = rewriteHelperSchema(statement, "leaps_auth");
      expect(count(rewritten, AUTH_REFERENCE), rewritten).toBe(0);
      after += count(rewritten, /leaps_auth\b/g) - count(statement, /leaps_auth\b/g);
    }
    expect(after).toBe(before);
  });

  test("the migrations never use Supabase's own auth objects, which must stay where they are", () => {
    for (const statement of statements) {
      expect(statement).not.toMatch(/\bauth\.(uid|role|jwt|email|users)\b/);
    }
  });

  test("schema clauses and qualified names, nothing else", () => {
    expect(
      rewriteHelperSchema(
        "CREATE SCHEMA IF NOT EXISTS auth;\nGRANT USAGE ON SCHEMA auth TO anon",
        "leaps_auth",
      ),
    ).toBe("CREATE SCHEMA IF NOT EXISTS leaps_auth;\nGRANT USAGE ON SCHEMA leaps_auth TO anon");
    expect(rewriteHelperSchema("SELECT (SELECT auth.is_admin())", "leaps_auth")).toBe(
      "SELECT (SELECT leaps_auth.is_admin())",
    );
    const untouched = "SELECT oauth.x, leaps_auth.y, t.auth, 'authenticated', \"auth\".z";
    expect(rewriteHelperSchema(untouched, "leaps_auth")).toBe(untouched);
  });
});
