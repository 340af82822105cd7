import type { Role } from "../db/schema";
import { hasRole } from "../users/roles";

/**
 * Where a person's work is: the review queue for reviewers and admins, the dashboard for
 * educators. Sign-in lands there unless a `next` path asks for another page.
 */
export function homePathForRole(role: Role): string {
  return hasRole(role, "REVIEWER") ? "/admin/review" : "/dashboard";
}
