import "server-only";
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { cryptosuite } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import { issue } from "@digitalbazaar/vc";
import { packagedContext } from "./credential-contexts";
import type { SigningKey } from "./signing-key";

/** Adds an eddsa-rdfc-2022 Data Integrity proof; contexts come only from packages. */
export async function signCredential(
  credential: Record<string, unknown>,
  key: SigningKey,
): Promise<Record<string, unknown>> {
  const suite = new DataIntegrityProof({ signer: key.keyPair.signer(), cryptosuite });
  return issue({ credential, suite, documentLoader: contextsOnly });
}

async function contextsOnly(url: string): Promise<LoadedDocument> {
  const found = packagedContext(url);
  if (!found) throw new Error(`No packaged JSON-LD document for ${url}`);
  return found;
}
