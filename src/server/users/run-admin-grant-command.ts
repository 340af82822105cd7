import "server-only";
import { ROLES, type Role } from "../db/schema";
import { AppError } from "../errors";
import { emailField } from "./user-fields";
import { grantRoleAsOperator } from "./grant-role-as-operator";

const USAGE = `usage: npm run admin:grant -- <email> <${ROLES.join("|")}>`;

/**
 * `npm run admin:grant -- <email> <ROLE>` (README, "First admin"): what the script does,
 * its output lines handed to `out` / `err`. Answers the exit code: 0 done, 1 refused (no
 * such account, the last superadmin), 64 wrong arguments.
 */
export async function runAdminGrantCommand(
  args: string[],
  print: { out(line: string): void; err(line: string): void },
): Promise<number> {
  const [rawEmail, rawRole, ...rest] = args;
  const email = emailField.safeParse(rawEmail ?? "");
  const role = (rawRole ?? "").trim().toUpperCase();
  if (rest.length > 0 || !email.success || !ROLES.includes(role as Role)) {
    if (rawEmail !== undefined && !email.success) print.err(`Not an email address: ${rawEmail}`);
    if (rawRole !== undefined && !ROLES.includes(role as Role))
      print.err(`Not a role: ${rawRole} (one of ${ROLES.join(", ")})`);
    print.err(USAGE);
    return 64;
  }
  try {
    const { user, was } = await grantRoleAsOperator(email.data, role as Role);
    print.out(
      was === user.role
        ? `${user.email} already has the role ${user.role}; nothing changed.`
        : `${user.email} (@${user.handle}) is now ${user.role} (was ${was}).`,
    );
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      print.err(error.message);
      return 1;
    }
    throw error;
  }
}
