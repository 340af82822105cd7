import "server-only";
import { privileged } from "../db/privileged";
import type { UserRow } from "../users/user-dto";
import { setProgrammeEmails } from "./set-programme-emails";

/** A person switches their own programme notifications on or off (settings; audited). */
export async function saveProgrammeEmails(user: UserRow, on: boolean): Promise<void> {
  await privileged({ userId: user.id }, (tx) => setProgrammeEmails(tx, user.id, on));
}
