import "server-only";
import { and, asc, count, eq, isNotNull } from "drizzle-orm";
import { z } from "zod";
import { dbSession } from "../db/db-session";
import { ROLES, users } from "../db/schema";
import { pageFields } from "../db/page-fields";
import { searchAcross } from "../db/search-across";
import { withUser } from "../db/with-user";
import { toUserDto, type UserDto, type UserRow } from "./user-dto";

export const listUsersInput = z.object({
  q: z.string().trim().max(100).optional(),
  role: z.enum(ROLES).optional(),
  cohort: z.string().trim().max(100).optional(),
  ...pageFields(25),
});
export type ListUsersInput = z.input<typeof listUsersInput>;

export interface UserPage {
  items: UserDto[];
  total: number;
  limit: number;
  offset: number;
  /** Every cohort in use, for the filter. */
  cohorts: string[];
}

/**
 * The admin user list: search by name, email, handle or school; filter by role and
 * cohort; ordered by name. Runs as the admin under RLS (admins read every user row).
 */
export async function listUsers(actor: UserRow, rawInput: ListUsersInput): Promise<UserPage> {
  const input = listUsersInput.parse(rawInput);
  const where = and(
    searchAcross(input.q, [users.name, users.email, users.handle, users.school]),
    input.role ? eq(users.role, input.role) : undefined,
    input.cohort ? eq(users.cohort, input.cohort) : undefined,
  );

  return withUser(dbSession(actor), async (tx) => {
    const rows = await tx
      .select()
      .from(users)
      .where(where)
      .orderBy(asc(users.name), asc(users.id))
      .limit(input.limit)
      .offset(input.offset);
    const [totals] = await tx.select({ n: count() }).from(users).where(where);
    const cohorts = await tx
      .selectDistinct({ cohort: users.cohort })
      .from(users)
      .where(isNotNull(users.cohort))
      .orderBy(asc(users.cohort));
    return {
      items: rows.map(toUserDto),
      total: totals?.n ?? 0,
      limit: input.limit,
      offset: input.offset,
      cohorts: cohorts.map((c) => c.cohort!).filter(Boolean),
    };
  });
}
