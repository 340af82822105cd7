import type { Role } from "../db/schema";

const RANK: Record<Role, number> = { PARTICIPANT: 0, REVIEWER: 1, ADMIN: 2, SUPERADMIN: 3 };

/** True when `role` is `minimum` or above (PARTICIPANT < REVIEWER < ADMIN < SUPERADMIN). */
export function hasRole(role: Role, minimum: Role): boolean {
  return RANK[role] >= RANK[minimum];
}
