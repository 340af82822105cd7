import "server-only";
import { eq } from "drizzle-orm";
import { privileged } from "../db/privileged";
import { sessions } from "../db/schema";
import { hashSessionToken } from "./create-session";

/** Sign-out: the session row goes, so the cookie is worthless even if it was copied. */
export async function endSession(token: string): Promise<void> {
  await privileged({ system: "sign-out" }, (tx) =>
    tx.delete(sessions).where(eq(sessions.id, hashSessionToken(token))),
  );
}
