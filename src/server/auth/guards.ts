import "server-only";
import type { Role } from "../db/schema";
import { AppError } from "../errors";
import { hasRole } from "../users/roles";
import type { UserRow } from "../users/user-dto";
import { getCurrentUser } from "./get-current-user";

/**
 * Guards called first by every route handler, server action and page that needs a
 * user. Route handlers pass their Request; pages and actions pass nothing and the
 * headers of the current request are read. 401 when signed out, 403 when the role is
 * too low (pages turn these into a redirect or a friendly page: page-guards.ts).
 */
export async function requireUser(request?: Request): Promise<UserRow> {
  const headers = request ? request.headers : await currentRequestHeaders();
  const user = await getCurrentUser(headers);
  if (!user) throw new AppError("UNAUTHENTICATED", "errors.auth.signIn");
  return user;
}

export async function requireRole(minimum: Role, request?: Request): Promise<UserRow> {
  const user = await requireUser(request);
  if (!hasRole(user.role, minimum)) {
    throw new AppError("FORBIDDEN", "errors.auth.roleRequired", { values: { role: minimum } });
  }
  return user;
}

async function currentRequestHeaders(): Promise<Headers> {
  const { headers } = await import("next/headers");
  return new Headers(await headers());
}
