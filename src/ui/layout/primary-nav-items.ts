import type { Role } from "@/server/db/schema";
import { hasRole } from "@/server/users/roles";

type NavKey = `layout.nav.${"home" | "leaderboard" | "metrics" | "dashboard" | "admin" | "review"}`;

export interface NavItem {
  href: string;
  /** Its label's key in the message catalogue. */
  key: NavKey;
}

const everyone: NavItem[] = [
  { href: "/", key: "layout.nav.home" },
  { href: "/leaderboard", key: "layout.nav.leaderboard" },
  { href: "/metrics", key: "layout.nav.metrics" },
  { href: "/dashboard", key: "layout.nav.dashboard" },
];

/**
 * The site's top-level destinations, shared by the desktop nav and the mobile menu. Staff
 * also find their console here: "Review" (the queue) for reviewers, "Admin" for admins.
 */
export function primaryNavItems(role: Role | null): NavItem[] {
  if (role && hasRole(role, "ADMIN"))
    return [...everyone, { href: "/admin", key: "layout.nav.admin" }];
  if (role && hasRole(role, "REVIEWER")) {
    return [...everyone, { href: "/admin/review", key: "layout.nav.review" }];
  }
  return everyone;
}
