import "server-only";
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { hash, verify, type Algorithm, type Options } from "@node-rs/argon2";

/**
 * Argon2id with OWASP's first recommended setting (m = 19 MiB, t = 2, p = 1). The
 * parameters travel in the PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`), so hashes
 * made with other settings still verify; `needsRehash` spots them.
 */
const ARGON2ID: Options = {
  // `Algorithm` is a const enum, which isolated modules cannot read: 2 is Argon2id.
  algorithm: 2 as Algorithm,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};
const CURRENT_PREFIX = "$argon2id$v=19$m=19456,t=2,p=1$";

/** Passwords are compared in NFKC, so the same text typed on another keyboard matches. */
const normalise = (password: string) => password.normalize("NFKC");

export function hashPassword(password: string): Promise<string> {
  return hash(normalise(password), ARGON2ID);
}

/** Checks a password against an Argon2id hash or a legacy `scrypt$…` one. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (stored.startsWith("scrypt$")) return verifyLegacyScrypt(normalise(password), stored);
  if (!stored.startsWith("$argon2id$")) return false;
  try {
    return await verify(stored, normalise(password));
  } catch {
    return false;
  }
}

/** True for hashes made before Argon2id or with other parameters: re-hash at sign-in. */
export function needsRehash(stored: string): boolean {
  return !stored.startsWith(CURRENT_PREFIX);
}

/** A hash of nothing in particular, verified when the email is unknown so that an
 * unknown email and a wrong password take the same time to refuse. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(16).toString("hex"));
  return decoy;
}

// Hashes from before Argon2id: `scrypt$N$r$p$<salt b64>$<key b64>`. They are only
// verified (and then replaced), never made.
const SCRYPT_MAX_MEMORY = 64 * 1024 * 1024;

function verifyLegacyScrypt(password: string, stored: string): Promise<boolean> {
  const [, n, r, p, salt, key] = stored.split("$");
  if (!salt || !key) return Promise.resolve(false);
  const expected = Buffer.from(key, "base64");
  const options: ScryptOptions = {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: SCRYPT_MAX_MEMORY,
  };
  return new Promise((resolve) =>
    scrypt(password, Buffer.from(salt, "base64"), expected.length, options, (error, actual) =>
      resolve(!error && actual.length > 0 && timingSafeEqual(actual, expected)),
    ),
  );
}
