import type { Role } from "@/server/db/schema";

const LABELS: Record<Role, string> = {
  PARTICIPANT: "Participant",
  REVIEWER: "Reviewer",
  ADMIN: "Admin",
  SUPERADMIN: "Superadmin",
};

/** A role as people read it. */
export function roleLabel(role: Role): string {
  return LABELS[role];
}
