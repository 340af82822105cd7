/** `npm run admin:grant -- <email> <ROLE>` (docs/product.md §2): the command's domain code. */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { privileged } from "../../src/server/db/privileged";
import { audit_log, users } from "../../src/server/db/schema";
import { runAdminGrantCommand } from "../../src/server/users/run-admin-grant-command";
import { signUp, uniqueEmail } from "../helpers/accounts";
import { setupTestDatabase } from "../helpers/test-database";

setupTestDatabase();
const SYSTEM = { system: "test" } as const;
let owner: { id: string; email: string };

beforeAll(async () => {
  owner = (await signUp("Install Owner")).user; // the first account: the only SUPERADMIN
});

async function grant(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAdminGrantCommand(args, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const roleOf = async (id: string) =>
  (await privileged(SYSTEM, (tx) => tx.select().from(users).where(eq(users.id, id))))[0]!.role;

describe("npm run admin:grant", () => {
  test("gives an unverified account a role (case-insensitive role and email), audited as the operator", async () => {
    const { user } = await signUp("Future Admin", uniqueEmail("future"));
    const result = await grant(user.email.toUpperCase(), "admin");
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).toBe(`${user.email} (@${user.handle}) is now ADMIN (was PARTICIPANT).`);
    expect(await roleOf(user.id)).toBe("ADMIN");
    const audit = await privileged(SYSTEM, (tx) =>
      tx.select().from(audit_log).where(eq(audit_log.target_id, user.id)),
    );
    expect(audit.map((row) => [row.action, row.actor_id])).toEqual([
      ["user.admin_update", "system:admin-grant"],
    ]);
    expect(audit[0]!.meta).toEqual({ before: { role: "PARTICIPANT" }, after: { role: "ADMIN" } });

    const again = await grant(user.email, "ADMIN");
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/already has the role ADMIN; nothing changed/);
  });

  test("an unknown email: exit 1 and a clear message, nothing written", async () => {
    const result = await grant("nobody@example.test", "ADMIN");
    expect(result).toEqual({
      code: 1,
      out: "",
      err: "No account has the email nobody@example.test.",
    });
  });

  test("a bad role, a bad email or missing arguments: usage, exit 64", async () => {
    const badRole = await grant(owner.email, "OWNER");
    expect(badRole.code).toBe(64);
    expect(badRole.err).toContain(
      "Not a role: OWNER (one of PARTICIPANT, REVIEWER, ADMIN, SUPERADMIN)",
    );
    expect(badRole.err).toContain("usage: npm run admin:grant -- <email> <");
    const badEmail = await grant("not-an-email", "ADMIN");
    expect(badEmail.code).toBe(64);
    expect(badEmail.err).toContain("Not an email address: not-an-email");
    expect((await grant()).code).toBe(64);
    expect((await grant(owner.email, "ADMIN", "extra")).code).toBe(64);
    expect(await roleOf(owner.id)).toBe("SUPERADMIN");
  });

  test("the last SUPERADMIN keeps the role (the admin role change's own rule)", async () => {
    const result = await grant(owner.email, "PARTICIPANT");
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      "The last superadmin keeps the role. Make someone else superadmin first.",
    );
    expect(await roleOf(owner.id)).toBe("SUPERADMIN");

    const { user: second } = await signUp("Second Owner", uniqueEmail("second"));
    expect((await grant(second.email, "SUPERADMIN")).code).toBe(0);
    expect((await grant(owner.email, "REVIEWER")).code).toBe(0);
    expect(await roleOf(owner.id)).toBe("REVIEWER");
  });
});
