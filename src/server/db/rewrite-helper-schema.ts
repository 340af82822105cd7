import type { HelperSchema } from "./helper-schema";

/**
 * A migration statement with its helper schema moved: every schema-qualified name in
 * `auth` (`auth.is_admin()`, `ALTER FUNCTION auth.get_user_id()`) and every `SCHEMA auth`
 * clause names `leaps_auth` instead. The migrations use `auth` only for our own helpers
 * (never Supabase's auth.uid() and friends, never as a table alias), which is what makes
 * this textual rule exact; tests/unit/rewrite-helper-schema.test.ts holds every released
 * migration to it. The identity for `auth`.
 */
export function rewriteHelperSchema(statement: string, schema: HelperSchema): string {
  if (schema === "auth") return statement;
  return statement
    .replace(/(?<![\w$."])auth\./g, `${schema}.`)
    .replace(
      /\bSCHEMA(\s+IF\s+NOT\s+EXISTS)?\s+auth\b/gi,
      (_m, ifNotExists: string = "") => `SCHEMA${ifNotExists} ${schema}`,
    );
}
