import type { users } from "../db/schema";

export type UserRow = typeof users.$inferSelect;

/** A user as the API shows it to themselves or to an admin (camelCase, docs/product.md §11). */
export interface UserDto {
  id: string;
  handle: string;
  name: string;
  email: string;
  role: UserRow["role"];
  school: string | null;
  cohort: string | null;
  avatarUrl: string | null;
  kajabiContactId: string | null;
  createdAt: string;
}

export function toUserDto(row: UserRow): UserDto {
  return {
    id: row.id,
    handle: row.handle,
    name: row.name,
    email: row.email,
    role: row.role,
    school: row.school,
    cohort: row.cohort,
    avatarUrl: row.avatar_url,
    kajabiContactId: row.kajabi_contact_id,
    createdAt: row.created_at.toISOString(),
  };
}
