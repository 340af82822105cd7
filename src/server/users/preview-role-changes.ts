import "server-only";
import { inArray } from "drizzle-orm";
import { z } from "zod";
import { dbSession } from "../db/db-session";
import { ROLES, users, type Role } from "../db/schema";
import { withUser } from "../db/with-user";
import type { Tx } from "../db/types";
import { AppError } from "../errors";
import type { Locale } from "@/i18n/locales";
import { errorKey, fieldProblem, type ErrorText } from "@/server/messages/error-text";
import { checkRoleChange } from "./check-role-change";
import type { UserRow } from "./user-dto";

export const changeRolesInput = z
  .object({
    userIds: z
      .array(z.string().min(1).max(200))
      .min(1, errorKey("errors.validation.selectUser"))
      .max(500),
    role: z.enum(ROLES, { error: errorKey("errors.validation.chooseRole") }),
  })
  .strict();
export type ChangeRolesInput = z.infer<typeof changeRolesInput>;

export interface RoleChangePreview {
  id: string;
  name: string;
  handle: string;
  role: Role;
  /** Why this user's role may not become the new one (checkRoleChange's words, in `locale`). */
  refusal?: string;
  /** The same reason in no language yet, for an error that quotes it. */
  refusalText?: ErrorText;
}

/**
 * What a bulk role change would do to each selected user (docs/product.md §1 role rules,
 * the single change's own checkRoleChange), for the confirmation step and for the change
 * itself, which locks the rows first (`lock`) so the answer holds until it commits.
 * Ids nobody has are a 404: the list the admin confirmed is not the list that exists.
 */
export async function previewRoleChanges(
  actor: UserRow,
  input: ChangeRolesInput,
  tx?: Tx,
  locale: Locale = "en",
): Promise<RoleChangePreview[]> {
  const ids = [...new Set(input.userIds)].sort();
  const read = async (t: Tx) => {
    const query = t
      .select({ id: users.id, name: users.name, handle: users.handle, role: users.role })
      .from(users)
      .where(inArray(users.id, ids))
      .orderBy(users.id);
    const rows = tx ? await query.for("update") : await query;
    if (rows.length !== ids.length) {
      const found = new Set(rows.map((row) => row.id));
      throw new AppError("NOT_FOUND", "errors.users.selectedGone", {
        details: ids
          .filter((id) => !found.has(id))
          .map((id) => fieldProblem("userIds", "errors.users.noUserWithId", { id })),
      });
    }
    return rows.map((row) => {
      try {
        checkRoleChange(actor, row, input.role);
        return row;
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        return { ...row, refusal: error.messageIn(locale), refusalText: error.text };
      }
    });
  };
  return tx ? read(tx) : withUser(dbSession(actor), read);
}
