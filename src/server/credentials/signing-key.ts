import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";
import { getEnv } from "../env";
import { issuerDid } from "./issuer-identity";

export interface SigningKey {
  keyPair: Ed25519Multikey.Ed25519KeyPair;
  /** The verificationMethod id: `<did>#<publicKeyMultibase>`, unique per key. */
  keyId: string;
  publicKeyMultibase: string;
}

const KEY_FILE = "badge-signing-key";

/**
 * The programme's Ed25519 key (docs/product.md §15): BADGE_SIGNING_KEY is base64url (or
 * base64) of a 32-byte seed (`npm run badges:keygen`). The embedded mode keeps a generated
 * one in DATA_DIR; with DATABASE_URL a missing key is a configuration error.
 */
export async function loadSigningKey(): Promise<SigningKey> {
  const seed = decodeSeed(await readSeed());
  const did = issuerDid();
  const keyPair = await Ed25519Multikey.generate({ seed, controller: did });
  const keyId = `${did}#${keyPair.publicKeyMultibase}`;
  keyPair.id = keyId;
  return { keyPair, keyId, publicKeyMultibase: keyPair.publicKeyMultibase };
}

export function decodeSeed(text: string): Uint8Array {
  const bytes = Buffer.from(text.trim(), "base64url");
  if (bytes.length !== 32 || !/^[A-Za-z0-9_\-+/]{43}=?$/.test(text.trim()))
    throw new Error("BADGE_SIGNING_KEY must be base64url of 32 bytes (npm run badges:keygen)");
  return new Uint8Array(bytes);
}

const keyFiles = new Map<string, Promise<string>>();

async function readSeed(): Promise<string> {
  const env = getEnv();
  if (env.BADGE_SIGNING_KEY) return env.BADGE_SIGNING_KEY;
  if (env.DATABASE_URL)
    throw new Error(
      "BADGE_SIGNING_KEY is not set: badge credentials cannot be signed (npm run badges:keygen)",
    );
  const file = path.resolve(env.DATA_DIR, KEY_FILE);
  if (!keyFiles.has(file)) keyFiles.set(file, readOrCreateKeyFile(file));
  return keyFiles.get(file)!;
}

async function readOrCreateKeyFile(file: string): Promise<string> {
  try {
    return (await readFile(file, "utf8")).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  await mkdir(path.dirname(file), { recursive: true });
  const seed = randomBytes(32).toString("base64url");
  try {
    // "wx": a second process starting at the same moment keeps the first one's key.
    await writeFile(file, `${seed}\n`, { flag: "wx", mode: 0o600 });
    return seed;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return (await readFile(file, "utf8")).trim();
  }
}
