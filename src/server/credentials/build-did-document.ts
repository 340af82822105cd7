import "server-only";
import { getEnv } from "../env";
import { DID_CONTEXT, MULTIKEY_CONTEXT } from "./credential-contexts";
import { issuerDid, issuerProfile } from "./issuer-identity";
import { loadSigningKey } from "./signing-key";

/**
 * The issuer's did:web document (GET /.well-known/did.json): the current key and every
 * key listed in BADGE_PREVIOUS_KEYS, each authorised for assertionMethod, so credentials
 * signed before a rotation still verify (docs/decisions/023-open-badges.md).
 */
export async function buildDidDocument() {
  const did = issuerDid();
  const current = await loadSigningKey();
  const keys = [
    current.publicKeyMultibase,
    ...getEnv().BADGE_PREVIOUS_KEYS.filter((key) => key !== current.publicKeyMultibase),
  ];
  const methods = keys.map((publicKeyMultibase) => ({
    id: `${did}#${publicKeyMultibase}`,
    type: "Multikey",
    controller: did,
    publicKeyMultibase,
  }));
  const profile = issuerProfile();
  return {
    "@context": [DID_CONTEXT, MULTIKEY_CONTEXT],
    id: did,
    alsoKnownAs: [profile.url],
    verificationMethod: methods,
    assertionMethod: methods.map((method) => method.id),
    service: [{ id: `${did}#profile`, type: "LinkedDomains", serviceEndpoint: profile.url }],
  };
}
