import { queryRows } from "../../../src/server/db/query-rows";
import type { HelperSchema } from "../../../src/server/db/helper-schema";
import type { Database } from "../../../src/server/db/types";

/**
 * A comparable description of everything the migrations create: tables and columns,
 * constraints, indexes, enums, row level security, policies, triggers, functions and
 * views. Two databases with equal fingerprints have the same structure.
 */
export type Fingerprint = Record<string, string>;

/**
 * public and the schema of the claim helpers (auth, or leaps_auth on a Supabase-like
 * database, where `auth` is Supabase's and not compared).
 */
const queries = (helperSchema: HelperSchema): Record<string, string> => {
  const SCHEMAS = `('public', '${helperSchema}')`;
  return {
    column: `SELECT table_schema || '.' || table_name || '.' || column_name AS key,
                  concat_ws(' ', CASE WHEN data_type = 'USER-DEFINED' THEN udt_name ELSE data_type END,
                            CASE WHEN is_nullable = 'NO' THEN 'not null' END, 'default ' || column_default) AS value
             FROM information_schema.columns WHERE table_schema IN ${SCHEMAS}`,
    constraint: `SELECT conrelid::regclass::text || ' ' || conname AS key, pg_get_constraintdef(oid) AS value
                 FROM pg_constraint WHERE connamespace::regnamespace::text IN ${SCHEMAS} AND conrelid <> 0`,
    index: `SELECT schemaname || '.' || indexname AS key, indexdef AS value
            FROM pg_indexes WHERE schemaname IN ${SCHEMAS}`,
    enum: `SELECT t.typname::text AS key, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS value
           FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
          WHERE t.typnamespace::regnamespace::text IN ${SCHEMAS} GROUP BY t.typname`,
    rls: `SELECT relname::text AS key, relrowsecurity::text || '/' || relforcerowsecurity::text AS value
          FROM pg_class WHERE relnamespace::regnamespace::text IN ${SCHEMAS} AND relkind = 'r'`,
    policy: `SELECT tablename || '.' || policyname AS key,
                  concat_ws(' | ', cmd, array_to_string(roles, ','), qual, with_check) AS value
             FROM pg_policies WHERE schemaname IN ${SCHEMAS}`,
    trigger: `SELECT t.tgrelid::regclass::text || '.' || t.tgname AS key, pg_get_triggerdef(t.oid) AS value
              FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
             WHERE NOT t.tgisinternal AND c.relnamespace::regnamespace::text IN ${SCHEMAS}`,
    function: `SELECT p.oid::regprocedure::text AS key, md5(p.prosrc) || ' definer=' || p.prosecdef::text AS value
               FROM pg_proc p WHERE p.pronamespace::regnamespace::text IN ${SCHEMAS}`,
    view: `SELECT schemaname || '.' || viewname AS key, md5(definition) AS value
           FROM pg_views WHERE schemaname IN ${SCHEMAS}`,
    matview: `SELECT schemaname || '.' || matviewname AS key, md5(definition) AS value
              FROM pg_matviews WHERE schemaname IN ${SCHEMAS}`,
    grant: `SELECT table_schema || '.' || table_name || ' ' || grantee AS key,
                 string_agg(privilege_type, ',' ORDER BY privilege_type) AS value
            FROM information_schema.role_table_grants
           WHERE table_schema IN ${SCHEMAS} AND grantee IN ('anon', 'authenticated', 'service_role')
           GROUP BY table_schema, table_name, grantee`,
  };
};

export async function fingerprintDatabase(
  database: Database,
  helperSchema: HelperSchema = "auth",
): Promise<Fingerprint> {
  const fingerprint: Fingerprint = {};
  for (const [kind, query] of Object.entries(queries(helperSchema))) {
    for (const row of await queryRows<{ key: string; value: string | null }>(database, query)) {
      fingerprint[`${kind} ${row.key}`] = row.value ?? "";
    }
  }
  return fingerprint;
}

/** Human-readable differences, empty when the fingerprints match. */
export function diffFingerprints(expected: Fingerprint, actual: Fingerprint): string[] {
  const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  const differences: string[] = [];
  for (const key of keys) {
    if (!(key in actual)) differences.push(`missing in the live database: ${key}`);
    else if (!(key in expected)) differences.push(`not in the migrations: ${key}`);
    else if (expected[key] !== actual[key])
      differences.push(
        `differs: ${key}\n    migrations: ${expected[key]}\n    live:       ${actual[key]}`,
      );
  }
  return differences;
}
