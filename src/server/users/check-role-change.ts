import type { Locale } from "@/i18n/locales";
import { ROLES, type Role } from "../db/schema";
import { AppError } from "../errors";
import { hasRole } from "./roles";

const STAFF_ROLES: Role[] = ["ADMIN", "SUPERADMIN"];

/**
 * docs/product.md §1 role rules, checked before the database checks them again: nobody changes
 * their own role; an ADMIN grants up to REVIEWER; only a SUPERADMIN grants or removes
 * ADMIN and SUPERADMIN. (The last SUPERADMIN is protected by the database itself.)
 */
export function checkRoleChange(
  actor: { id: string; role: Role },
  target: { id: string; role: Role },
  newRole: Role,
): void {
  if (newRole === target.role) return;
  if (actor.id === target.id) throw new AppError("FORBIDDEN", "errors.users.ownRole");
  if (!hasRole(actor.role, "ADMIN"))
    throw new AppError("FORBIDDEN", "errors.users.onlyAdminsChangeRoles");
  const touchesStaff = STAFF_ROLES.includes(newRole) || STAFF_ROLES.includes(target.role);
  if (touchesStaff && actor.role !== "SUPERADMIN") {
    throw new AppError("FORBIDDEN", "errors.users.onlySuperadminStaffRoles");
  }
}

/**
 * What a role form should offer: the roles `actor` may give `target` (the current one
 * included), and why nothing else is offered when that is the case. Derived from
 * checkRoleChange, so the form and the rule cannot drift apart.
 */
export function grantableRoles(
  actor: { id: string; role: Role },
  target: { id: string; role: Role },
  locale: Locale = "en",
): { roles: Role[]; lockedBecause?: string } {
  const refusals = new Map<Role, string>();
  for (const role of ROLES) {
    try {
      checkRoleChange(actor, target, role);
    } catch (error) {
      refusals.set(role, error instanceof AppError ? error.messageIn(locale) : String(error));
    }
  }
  const roles = ROLES.filter((role) => !refusals.has(role));
  return roles.length > 1 ? { roles } : { roles, lockedBecause: refusals.values().next().value };
}
