import "server-only";
import { and, gte, isNotNull, lt } from "drizzle-orm";
import { createCredential, createList } from "@digitalbazaar/vc-bitstring-status-list";
import { privileged } from "../db/privileged";
import { badge_credentials } from "../db/schema";
import { isoSeconds } from "./build-badge-credential";
import { issuerDid, STATUS_LIST_LENGTH, statusListUrl } from "./issuer-identity";
import { signCredential } from "./sign-credential";
import { loadSigningKey } from "./signing-key";

/**
 * The signed BitstringStatusListCredential number `list` (revocation): a bit per
 * credential, set when its badge was revoked. Built from the table on each request, so it
 * is never stale; signing 16 KiB takes milliseconds (docs/decisions/023-open-badges.md).
 */
export async function buildStatusList(list: number): Promise<Record<string, unknown>> {
  const first = list * STATUS_LIST_LENGTH;
  const revoked = await privileged({ system: "badge-status-list" }, (tx) =>
    tx
      .select({ index: badge_credentials.status_index })
      .from(badge_credentials)
      .where(
        and(
          isNotNull(badge_credentials.revoked_at),
          gte(badge_credentials.status_index, first),
          lt(badge_credentials.status_index, first + STATUS_LIST_LENGTH),
        ),
      ),
  );
  const bits = await createList({ length: STATUS_LIST_LENGTH });
  for (const row of revoked) bits.setStatus(row.index - first, true);
  const credential = await createCredential({
    id: statusListUrl(list),
    list: bits,
    statusPurpose: "revocation",
  });
  credential.issuer = issuerDid();
  credential.validFrom = isoSeconds(new Date());
  return signCredential(credential, await loadSigningKey());
}
