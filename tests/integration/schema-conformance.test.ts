/**
 * The database matches the schema document the project was created from, read back by
 * introspection. The document's enums, tables, columns, uniques and indexes are stated
 * here as data (docs/DATABASE.md describes them). The expectations are written from the document, not from
 * src/server/db/schema/, so a drift in either is caught.
 */
import { describe, expect, test } from "vitest";
import { setupTestDatabase } from "../helpers/test-database";
import { queryRows } from "../../src/server/db/query-rows";

const database = setupTestDatabase();

type ColumnSpec = { type: string; nullable: boolean; default?: RegExp };
const text = (nullable = false): ColumnSpec => ({ type: "text", nullable });
const generatedId: ColumnSpec = { type: "text", nullable: false, default: /gen_random_uuid\(\)/ };
const createdNow: ColumnSpec = {
  type: "timestamp with time zone",
  nullable: false,
  default: /^now\(\)$/,
};
const json = (nullable = false): ColumnSpec => ({ type: "jsonb", nullable });

const expectedColumns: Record<string, Record<string, ColumnSpec>> = {
  users: {
    id: text(),
    handle: text(),
    name: text(),
    email: text(),
    avatar_url: text(true),
    role: { type: "Role", nullable: false, default: /^'PARTICIPANT'::"Role"$/ },
    school: text(true),
    cohort: text(true),
    kajabi_contact_id: text(true),
    created_at: createdNow,
  },
  activities: {
    code: text(),
    name: text(),
    default_points: { type: "integer", nullable: false },
  },
  submissions: {
    id: generatedId,
    user_id: text(),
    activity_code: text(),
    status: {
      type: "SubmissionStatus",
      nullable: false,
      default: /^'PENDING'::"SubmissionStatus"$/,
    },
    visibility: { type: "Visibility", nullable: false, default: /^'PRIVATE'::"Visibility"$/ },
    payload: json(),
    attachments: json(),
    reviewer_id: text(true),
    review_note: text(true),
    created_at: createdNow,
    updated_at: createdNow,
  },
  points_ledger: {
    id: generatedId,
    user_id: text(),
    activity_code: text(),
    source: { type: "LedgerSource", nullable: false },
    delta_points: { type: "integer", nullable: false },
    external_source: text(true),
    external_event_id: text(true),
    created_at: createdNow,
  },
  badges: {
    code: text(),
    name: text(),
    description: text(),
    criteria: json(),
    icon_url: text(true),
  },
  earned_badges: {
    id: generatedId,
    user_id: text(),
    badge_code: text(),
    earned_at: createdNow,
  },
  kajabi_events: {
    id: text(),
    received_at: createdNow,
    payload: json(),
    processed_at: { type: "timestamp with time zone", nullable: true },
    user_match: text(true),
    // Added for Kajabi's native hooks: which proof a delivery carried (docs/product.md §6).
    auth_method: text(true),
  },
  audit_log: {
    id: generatedId,
    actor_id: text(),
    action: text(),
    target_id: text(true),
    meta: json(true),
    created_at: createdNow,
  },
};

const expectedPrimaryKeys: Record<string, string[]> = {
  users: ["id"],
  activities: ["code"],
  submissions: ["id"],
  points_ledger: ["id"],
  badges: ["code"],
  earned_badges: ["id"],
  kajabi_events: ["id"],
  audit_log: ["id"],
};

const expectedUniques = [
  "users(handle)",
  "users(email)",
  "users(kajabi_contact_id)",
  "points_ledger(external_event_id)",
  "earned_badges(user_id,badge_code)",
];

const expectedIndexes = [
  "submissions(user_id,activity_code)",
  "points_ledger(user_id,activity_code)",
  "earned_badges(badge_code)",
  "audit_log(actor_id,created_at)",
];

const expectedForeignKeys = [
  "submissions(user_id)->users(id)",
  "submissions(activity_code)->activities(code)",
  "points_ledger(user_id)->users(id)",
  "points_ledger(activity_code)->activities(code)",
  "earned_badges(user_id)->users(id)",
  "earned_badges(badge_code)->badges(code)",
];

const expectedEnums: Record<string, string[]> = {
  Role: ["PARTICIPANT", "REVIEWER", "ADMIN", "SUPERADMIN"],
  SubmissionStatus: ["PENDING", "APPROVED", "REJECTED"],
  Visibility: ["PUBLIC", "PRIVATE"],
  LedgerSource: ["MANUAL", "WEBHOOK", "FORM"],
};

describe("schema conformance", () => {
  test("every enum has exactly the document's values, in order", async () => {
    const rows = await queryRows<{ name: string; labels: string[] }>(
      database(),
      `SELECT t.typname::text AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
         JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = 'public' GROUP BY t.typname`,
    );
    expect(Object.fromEntries(rows.map((r) => [r.name, r.labels]))).toEqual(expectedEnums);
  });

  test.each(Object.entries(expectedColumns))(
    "table %s has every column as documented",
    async (table, columns) => {
      const rows = await queryRows<{
        name: string;
        type: string;
        udt: string;
        nullable: string;
        default: string | null;
      }>(
        database(),
        `SELECT column_name AS name, data_type AS type, udt_name AS udt, is_nullable AS nullable, column_default AS default
         FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '${table}'`,
      );
      const actual = new Map(rows.map((r) => [r.name, r]));
      expect([...actual.keys()].sort()).toEqual(Object.keys(columns).sort());
      for (const [name, spec] of Object.entries(columns)) {
        const column = actual.get(name)!;
        const type = column.type === "USER-DEFINED" ? column.udt : column.type;
        expect({ name, type, nullable: column.nullable === "YES" }).toEqual({
          name,
          type: spec.type,
          nullable: spec.nullable,
        });
        if (spec.default) expect(column.default, `${table}.${name} default`).toMatch(spec.default);
        else expect(column.default, `${table}.${name} has no default`).toBeNull();
      }
    },
  );

  test("primary keys", async () => {
    const rows = await queryRows<{ table: string; columns: string[] }>(
      database(),
      `SELECT c.conrelid::regclass::text AS table,
              array_agg(a.attname::text ORDER BY k.ord) AS columns
         FROM pg_constraint c
         CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
        WHERE c.contype = 'p' AND c.connamespace = 'public'::regnamespace
        GROUP BY c.conrelid`,
    );
    const seedTables = rows.filter((r) => r.table in expectedPrimaryKeys);
    expect(Object.fromEntries(seedTables.map((r) => [r.table, r.columns]))).toEqual(
      expectedPrimaryKeys,
    );
  });

  test("unique constraints", async () => {
    const rows = await queryRows<{ spec: string }>(
      database(),
      `SELECT c.conrelid::regclass::text || '(' || string_agg(a.attname, ',' ORDER BY k.ord) || ')' AS spec
         FROM pg_constraint c
         CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
        WHERE c.contype = 'u' AND c.connamespace = 'public'::regnamespace
        GROUP BY c.oid, c.conrelid`,
    );
    const onSeedTables = rows
      .map((r) => r.spec)
      .filter((spec) => spec.split("(")[0]! in expectedColumns);
    expect(onSeedTables.sort()).toEqual([...expectedUniques].sort());
  });

  test("foreign keys", async () => {
    const rows = await queryRows<{ spec: string }>(
      database(),
      `SELECT c.conrelid::regclass::text || '(' || a.attname || ')->' || c.confrelid::regclass::text || '(' || fa.attname || ')' AS spec
         FROM pg_constraint c
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
         JOIN pg_attribute fa ON fa.attrelid = c.confrelid AND fa.attnum = c.confkey[1]
        WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`,
    );
    const fromSeedTables = rows
      .map((r) => r.spec)
      .filter((spec) => spec.split("(")[0]! in expectedColumns);
    expect(fromSeedTables.sort()).toEqual([...expectedForeignKeys].sort());
  });

  test("indexes of the document exist on the seed's tables", async () => {
    const rows = await queryRows<{ spec: string }>(
      database(),
      `SELECT t.relname || '(' || string_agg(a.attname, ',' ORDER BY k.ord) || ')' AS spec
         FROM pg_index i
         JOIN pg_class t ON t.oid = i.indrelid
         JOIN pg_class ix ON ix.oid = i.indexrelid
         CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
        WHERE t.relnamespace = 'public'::regnamespace AND t.relkind = 'r'
          AND NOT i.indisunique AND NOT i.indisprimary
        GROUP BY ix.oid, t.relname`,
    );
    const actual = rows.map((r) => r.spec);
    for (const index of expectedIndexes) expect(actual).toContain(index);
  });

  test("every table of the document exists", async () => {
    const rows = await queryRows<{ name: string }>(
      database(),
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`,
    );
    expect(rows.map((r) => r.name)).toEqual(expect.arrayContaining(Object.keys(expectedColumns)));
  });

  test("submissions.updated_at is maintained by a trigger on update", async () => {
    const [user] = await queryRows<{ id: string }>(
      database(),
      `INSERT INTO users (id, handle, name, email) VALUES ('user_trig', 'trig', 'T', 'trig@example.test') RETURNING id`,
    );
    const [inserted] = await queryRows<{ id: string; updated_at: Date }>(
      database(),
      `INSERT INTO submissions (user_id, activity_code, payload, attachments)
       VALUES ('${user!.id}', 'SHINE', '{}', '[]') RETURNING id, updated_at`,
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    const [updated] = await queryRows<{ updated_at: Date }>(
      database(),
      `UPDATE submissions SET visibility = 'PUBLIC' WHERE id = '${inserted!.id}' RETURNING updated_at`,
    );
    expect(new Date(updated!.updated_at).getTime()).toBeGreaterThan(
      new Date(inserted!.updated_at).getTime(),
    );
  });
});
