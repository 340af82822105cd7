/** Simultaneous first sign-ups on an empty database: exactly one becomes SUPERADMIN. */
import { expect, test } from "vitest";
import { queryRows } from "../../src/server/db/query-rows";
import { signUp } from "../helpers/accounts";
import { setupTestDatabase } from "../helpers/test-database";

const database = setupTestDatabase();

test("8 concurrent first sign-ups produce one SUPERADMIN and one bootstrap audit row", async () => {
  const results = await Promise.all(Array.from({ length: 8 }, (_, i) => signUp(`Founder ${i}`)));
  expect(results.filter((r) => r.user.role === "SUPERADMIN")).toHaveLength(1);
  const [counts] = await queryRows<{ superadmins: number; audits: number }>(
    database(),
    `SELECT (SELECT count(*)::int FROM users WHERE role = 'SUPERADMIN') AS superadmins,
            (SELECT count(*)::int FROM audit_log WHERE action = 'user.bootstrap_superadmin') AS audits`,
  );
  expect(counts).toEqual({ superadmins: 1, audits: 1 });
  expect(new Set(results.map((r) => r.user.handle)).size).toBe(8);
});
