import { getEnv } from "../env";
import { PROGRAMME_NAME } from "../mail/mail-context";

/** The app's public origin: every URL inside a credential starts with it. */
export function appOrigin(): string {
  return getEnv().APP_URL ?? "http://localhost:3000";
}

/**
 * did:web of the issuer, from APP_URL's host (a port is percent-encoded, as did:web
 * requires): resolvable at <APP_URL>/.well-known/did.json. A path in APP_URL is ignored,
 * since the DID document is served from the origin's root.
 */
export function issuerDid(origin = appOrigin()): string {
  return `did:web:${encodeURIComponent(new URL(origin).host)}`;
}

/** The Open Badges issuer Profile embedded in every credential. */
export function issuerProfile(origin = appOrigin()) {
  return {
    id: issuerDid(origin),
    type: ["Profile"],
    name: PROGRAMME_NAME,
    url: origin,
    image: { id: `${origin}/icon.svg`, type: "Image" },
  };
}

/** Where the revocation status list with this number is published. */
export function statusListUrl(list: number, origin = appOrigin()): string {
  return `${origin}/api/credentials/status/${list}`;
}

export function credentialUrl(id: string, origin = appOrigin()): string {
  return `${origin}/api/credentials/${id}`;
}

export function badgePageUrl(id: string, origin = appOrigin()): string {
  return `${origin}/badges/${id}`;
}

/** Bits per status list: 131,072 (16 KiB), the minimum the specification recommends for privacy. */
export const STATUS_LIST_LENGTH = 131_072;
