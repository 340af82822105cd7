import { z } from "zod";
import { ROLES } from "../db/schema";
import { handleField, optionalTextField } from "./user-fields";

/** What an admin may change of a user (docs/product.md §2). */
const adminUserFields = z
  .object({
    role: z.enum(ROLES),
    cohort: optionalTextField(100),
    school: optionalTextField(200),
    handle: handleField,
    kajabiContactId: optionalTextField(100),
  })
  .partial()
  .strict();
export type AdminUserFields = z.infer<typeof adminUserFields>;

export const adminUserInput = adminUserFields
  .extend({
    /**
     * The values the client last saw of the fields it changes: a field someone else
     * changed since is refused (409) instead of silently overwritten.
     */
    expected: adminUserFields.optional(),
  })
  .strict();
export type AdminUserInput = z.infer<typeof adminUserInput>;
