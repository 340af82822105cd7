import "server-only";
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { cryptosuite } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import { verifyCredential as vcVerify } from "@digitalbazaar/vc";
import { checkStatus } from "@digitalbazaar/vc-bitstring-status-list";
import { buildDidDocument } from "./build-did-document";
import { buildStatusList } from "./build-status-list";
import { packagedContext } from "./credential-contexts";
import { appOrigin, issuerDid } from "./issuer-identity";

export type CheckOutcome = "passed" | "failed" | "not-checked";

export interface VerificationReport {
  verified: boolean;
  /** One word for people: verified, revoked or invalid. */
  result: "verified" | "revoked" | "invalid";
  checks: { signature: CheckOutcome; issuerKey: CheckOutcome; status: CheckOutcome };
  revoked: boolean;
  errors: string[];
}

/**
 * Verifies any credential JSON against this issuer's published DID document and status
 * lists (docs/product.md §15), built here rather than fetched: the server makes no network
 * request, so a credential naming another issuer's key fails with "unknown issuer key".
 */
export async function verifyCredential(
  credential: Record<string, unknown>,
): Promise<VerificationReport> {
  const did = issuerDid();
  const didDocument = await buildDidDocument();
  const listPrefix = `${appOrigin()}/api/credentials/status/`;
  let keyResolved = false;
  const documentLoader = async (url: string): Promise<LoadedDocument> => {
    const context = packagedContext(url);
    if (context) return context;
    const loaded = (document: unknown) => ({ contextUrl: null, documentUrl: url, document });
    if (url === did) return loaded(didDocument);
    const method = didDocument.verificationMethod.find((item) => item.id === url);
    if (method) {
      keyResolved = true;
      return loaded({ "@context": didDocument["@context"][1], ...method });
    }
    if (url.startsWith(listPrefix) && /^\d{1,6}$/.test(url.slice(listPrefix.length)))
      return loaded(await buildStatusList(Number(url.slice(listPrefix.length))));
    throw new Error(`unknown issuer key or document: ${url}`);
  };
  const result = await vcVerify({
    credential,
    suite: new DataIntegrityProof({ cryptosuite }),
    documentLoader,
    checkStatus,
  }).catch((error: Error) => ({ verified: false, error }) as Awaited<ReturnType<typeof vcVerify>>);
  const errors = collectErrors(result.error);
  const statusResults = result.statusResult?.results ?? [];
  const revoked = statusResults.some((entry) => entry.status);
  const signature = result.results?.[0]?.verified ?? false;
  const statusOk = Boolean(result.statusResult?.verified) && !revoked;
  if (revoked) errors.push("revoked: the issuer has revoked this credential");
  const verified = result.verified && signature && statusOk;
  return {
    verified,
    result: verified ? "verified" : revoked ? "revoked" : "invalid",
    checks: {
      signature: signature ? "passed" : "failed",
      issuerKey: keyResolved ? "passed" : "failed",
      status: result.statusResult ? (statusOk ? "passed" : "failed") : "not-checked",
    },
    revoked,
    errors,
  };
}

function collectErrors(error: (Error & { errors?: Error[] }) | undefined): string[] {
  if (!error) return [];
  const nested = error.errors?.length ? error.errors : [error];
  return [...new Set(nested.map((item) => item.message || String(item)))].slice(0, 10);
}
