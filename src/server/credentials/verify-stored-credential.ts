import "server-only";
import { eq } from "drizzle-orm";
import { privileged } from "../db/privileged";
import { badge_credentials } from "../db/schema";
import { verifyCredential, type VerificationReport } from "./verify-credential";

/**
 * The live verification shown on a badge page: the stored document through the same
 * verifier as POST /api/credentials/verify, even when the page may not show the document
 * itself (a private profile). Only the report leaves this function.
 */
export async function verifyStoredCredential(id: string): Promise<VerificationReport | null> {
  const [row] = await privileged({ system: "badge-page" }, (tx) =>
    tx
      .select({ credential: badge_credentials.credential })
      .from(badge_credentials)
      .where(eq(badge_credentials.id, id)),
  );
  return row ? verifyCredential(row.credential as Record<string, unknown>) : null;
}
