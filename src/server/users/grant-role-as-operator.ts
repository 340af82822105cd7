import "server-only";
import { eq } from "drizzle-orm";
import { databaseMessage } from "../db/database-error";
import { privileged } from "../db/privileged";
import { users, type Role } from "../db/schema";
import { AppError } from "../errors";
import { errorText } from "@/server/messages/error-text";
import { applyUserUpdate } from "./apply-user-update";
import type { UserDto } from "./user-dto";

/** The audit actor of the command line: an operator with shell access, not a user. */
export const OPERATOR_ACTOR = "system:admin-grant";

/**
 * `npm run admin:grant` (docs/product.md §2): gives the account with this email a role,
 * with the admin role change's own write path and audit (applyUserUpdate, action
 * `user.admin_update`, actor system:admin-grant) and the database's rules, so the last
 * SUPERADMIN keeps the role here too. An operator needs no role of their own: whoever
 * runs the server's commands owns the installation.
 */
export async function grantRoleAsOperator(
  email: string,
  role: Role,
): Promise<{ user: UserDto; was: Role }> {
  try {
    return await privileged({ system: "admin-grant" }, async (tx) => {
      const [target] = await tx
        .select({ id: users.id, role: users.role })
        .from(users)
        .where(eq(users.email, email.trim().toLowerCase()))
        .for("update");
      if (!target)
        throw new AppError("NOT_FOUND", "errors.users.noAccountWithEmail", { values: { email } });
      const user = await applyUserUpdate(tx, {
        userId: target.id,
        values: target.role === role ? {} : { role },
        actorId: OPERATOR_ACTOR,
        action: "user.admin_update",
        notFound: errorText("errors.users.noAccountWithEmail", { email }),
      });
      return { user, was: target.role };
    });
  } catch (error) {
    if (/last SUPERADMIN/.test(databaseMessage(error))) {
      throw new AppError("CONFLICT", "errors.users.lastSuperadmin");
    }
    throw error;
  }
}
