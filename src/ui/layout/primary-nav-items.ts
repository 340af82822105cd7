import type { Role } from "@/server/db/schema";
import { hasRole } from "@/server/users/roles";

export interface NavItem {
  href: string;
  label: string;
}

const everyone: NavItem[] = [
  { href: "/", label: "Home" },
  { href: "/leaderboard", label: "Leaderboard" },
  { href: "/metrics", label: "Metrics" },
  { href: "/dashboard", label: "Dashboard" },
];

/**
 * The site's top-level destinations, shared by the desktop nav and the mobile menu. Staff
 * also find their console here: "Review" (the queue) for reviewers, "Admin" for admins.
 */
export function primaryNavItems(role: Role | null): NavItem[] {
  if (role && hasRole(role, "ADMIN")) return [...everyone, { href: "/admin", label: "Admin" }];
  if (role && hasRole(role, "REVIEWER")) {
    return [...everyone, { href: "/admin/review", label: "Review" }];
  }
  return everyone;
}
