import type { Role } from "./schema";
import type { DbSession } from "./with-user";

/** The claims withUser() runs a signed-in user's queries with. */
export function dbSession(user: { id: string; role: Role }): DbSession {
  return { userId: user.id, role: user.role };
}
