import "server-only";
import type { Viewer } from "./personal-slot-values";
import { readOwnSettings } from "../accounts/read-own-settings";
import { getEnv } from "../env";
import type { UserRow } from "../users/user-dto";

/** A signed-in user as a Viewer; reads whether a local account's email is confirmed. */
export async function toViewer(user: UserRow, roleLabel: string): Promise<Viewer> {
  const emailVerified =
    getEnv().AUTH_PROVIDER !== "local" || (await readOwnSettings(user)).emailVerified;
  return { name: user.name, email: user.email, role: user.role, roleLabel, emailVerified };
}
