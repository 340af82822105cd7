import "server-only";
import { importSPKI, jwtVerify, type CryptoKey } from "jose";
import { getEnv } from "../../env";

export interface ClerkClaims {
  userId: string;
  /** Present when the Clerk instance's session token template adds them. */
  email?: string;
  /** A custom claim (`email_verified`: true or "verified") in the session token template. */
  emailVerified?: boolean;
  name?: string;
  imageUrl?: string;
}

const keys = new Map<string, Promise<CryptoKey>>();

/**
 * Verifies a Clerk session JWT offline (docs/product.md §2): RS256 signature against CLERK_JWT_KEY,
 * expiry and not-before (5 s leeway), the issuer when CLERK_ISSUER is set, and the
 * authorized party when CLERK_AUTHORIZED_PARTIES is set. Throws on any failure.
 */
export async function verifyClerkToken(token: string): Promise<ClerkClaims> {
  const env = getEnv();
  if (!env.CLERK_JWT_KEY) throw new Error("CLERK_JWT_KEY is not configured");
  let key = keys.get(env.CLERK_JWT_KEY);
  if (!key) {
    key = importSPKI(env.CLERK_JWT_KEY, "RS256");
    keys.set(env.CLERK_JWT_KEY, key);
  }
  const { payload } = await jwtVerify(token, await key, {
    algorithms: ["RS256"],
    issuer: env.CLERK_ISSUER,
    clockTolerance: 5,
    requiredClaims: ["sub", "exp"],
  });
  const parties = env.CLERK_AUTHORIZED_PARTIES;
  if (parties.length > 0 && (typeof payload.azp !== "string" || !parties.includes(payload.azp))) {
    throw new Error("token issued for another party");
  }
  if (typeof payload.sub !== "string" || payload.sub === "")
    throw new Error("token has no subject");
  const text = (value: unknown) =>
    typeof value === "string" && value.trim() ? value.trim() : undefined;
  return {
    userId: payload.sub,
    email: text(payload.email),
    emailVerified: payload.email_verified === true || payload.email_verified === "verified",
    name: text(payload.name) ?? text(payload.full_name),
    imageUrl: text(payload.image_url) ?? text(payload.picture),
  };
}
