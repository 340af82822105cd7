/**
 * `npm run badges:keygen`: a new Open Badges signing key (docs/decisions/023-open-badges.md).
 * Prints BADGE_SIGNING_KEY (base64url of a 32-byte Ed25519 seed; keep it secret) and its
 * public key, which goes into BADGE_PREVIOUS_KEYS once this key is replaced.
 */
import { randomBytes } from "node:crypto";
import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";

const seed = randomBytes(32);
const keyPair = await Ed25519Multikey.generate({ seed: new Uint8Array(seed) });
console.log(`BADGE_SIGNING_KEY=${seed.toString("base64url")}`);
console.log(
  `# public key (for BADGE_PREVIOUS_KEYS after a rotation): ${keyPair.publicKeyMultibase}`,
);
