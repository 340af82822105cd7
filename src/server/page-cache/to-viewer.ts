import type { Viewer } from "./personal-slot-values";
import type { UserRow } from "../users/user-dto";

/** A signed-in user as a Viewer. */
export function toViewer(user: UserRow, roleLabel: string, emailVerified: boolean): Viewer {
  return { name: user.name, email: user.email, role: user.role, roleLabel, emailVerified };
}
