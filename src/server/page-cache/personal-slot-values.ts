import type { Role } from "@/server/db/schema";
import { hasRole } from "@/server/users/roles";

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

export type SlotName = "viewer" | "initial" | "name" | "email" | "role";

/**
 * The HTML of each personal slot of a page (src/ui/layout/personal-slot.tsx) for a viewer,
 * or for nobody. The same strings whether React renders them into a page for this
 * request or the page cache splices them into a shared page, so the two cannot drift.
 * "viewer" is a hidden marker whose attributes switch the visitor-dependent parts by CSS
 * (globals.css: .viewer-member, .viewer-anonymous, .viewer-staff, .viewer-admin,
 * .viewer-review, .viewer-unverified); the others are escaped text.
 */
export function personalSlotValues(viewer: Viewer | null): Record<SlotName, string> {
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

function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}
