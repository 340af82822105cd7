import type { Role } from "@/server/db/schema";
import { hasRole } from "@/server/users/roles";
import { escapeHtml } from "../html/escape-html";

/** Who is looking at a page, as far as its personal parts need to know. */
export interface Viewer {
  name: string;
  email: string;
  role: Role;
  /** The role's name in the page's language. */
  roleLabel: string;
  /** False only for a local account whose email is not confirmed yet. */
  emailVerified: boolean;
}

/** The layout's slots, on every page. */
export type LayoutSlot = "viewer" | "initial" | "name" | "email" | "role";
/** A page's own slots: the leaderboard's own-rank card (src/ui/leaderboard/own-rank-html.ts). */
export type SlotName = LayoutSlot | "ownRank";

/**
 * The HTML of each personal slot of a page (src/ui/layout/personal-slot.tsx) for a viewer,
 * or for nobody. The same strings whether React renders them into a page for this
 * request or the page cache splices them into a shared page, so the two cannot drift.
 * "viewer" is a hidden marker whose attributes switch the visitor-dependent parts by CSS
 * (globals.css: .viewer-member, .viewer-anonymous, .viewer-staff, .viewer-admin,
 * .viewer-review, .viewer-unverified); the others are escaped text.
 */
export function personalSlotValues(viewer: Viewer | null): Record<LayoutSlot, string> {
  if (!viewer) return { viewer: "", initial: "", name: "", email: "", role: "" };
  const staff = hasRole(viewer.role, "ADMIN")
    ? "admin"
    : hasRole(viewer.role, "REVIEWER")
      ? "review"
      : null;
  const marker = [
    'data-viewer="member"',
    staff ? `data-viewer-staff="${staff}"` : "",
    viewer.emailVerified ? "" : "data-viewer-unverified",
  ].filter(Boolean);
  return {
    viewer: `<i hidden ${marker.join(" ")}></i>`,
    initial: escapeHtml(initial(viewer.name)),
    name: escapeHtml(viewer.name),
    email: escapeHtml(viewer.email),
    role: escapeHtml(viewer.roleLabel),
  };
}

/** The first letter of a name, for the avatar circle ("?" for a blank name). */
function initial(name: string): string {
  return Array.from(name.trim())[0]?.toUpperCase() ?? "?";
}
