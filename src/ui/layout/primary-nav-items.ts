import type { Role } from "@/server/db/schema";
import { hasRole } from "@/server/users/roles";

type NavKey = `layout.nav.${"home" | "leaderboard" | "metrics" | "dashboard" | "admin" | "review"}`;

export interface NavItem {
  href: string;
  /** Its label's key in the message catalogue. */
  key: NavKey;
  /** Shown only to this staff (CSS class viewer-admin / viewer-review); else to everyone. */
  staff?: "admin" | "review";
}

const everyone: NavItem[] = [
  { href: "/", key: "layout.nav.home" },
  { href: "/leaderboard", key: "layout.nav.leaderboard" },
  { href: "/metrics", key: "layout.nav.metrics" },
  { href: "/dashboard", key: "layout.nav.dashboard" },
];
const admin: NavItem = { href: "/admin", key: "layout.nav.admin", staff: "admin" };
const review: NavItem = { href: "/admin/review", key: "layout.nav.review", staff: "review" };

/**
 * The site's top-level destinations, shared by the desktop nav and the mobile menu. Staff
 * also find their console here: "Review" (the queue) for reviewers, "Admin" for admins.
 */
export function primaryNavItems(role: Role | null): NavItem[] {
  if (role && hasRole(role, "ADMIN")) return [...everyone, admin];
  if (role && hasRole(role, "REVIEWER")) return [...everyone, review];
  return everyone;
}

/**
 * Every viewer's items at once, the staff ones marked: the header renders them all and
 * the viewer marker shows the right ones, so one rendering serves every visitor.
 */
export function allNavItems(): NavItem[] {
  return [...everyone, admin, review];
}
