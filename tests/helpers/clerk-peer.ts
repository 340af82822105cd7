/**
 * A local stand-in for Clerk's servers (no network): an RSA key pair that signs session
 * JWTs the way Clerk does, a Svix secret that signs webhook deliveries with the real
 * svix library, and builders for Clerk's user event payloads.
 */
import { randomBytes } from "node:crypto";
import { exportSPKI, generateKeyPair, SignJWT, type CryptoKey } from "jose";
import { Webhook } from "svix";

export const CLERK_ISSUER = "https://clerk.leaps.test";
export const APP_ORIGIN = "http://localhost:3000";

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

function base62(length: number): string {
  return Array.from(randomBytes(length), (b) => BASE62[b % 62]).join("");
}

/** A fresh id shaped like Clerk's (`user_` + 27 base62 characters). */
export function clerkUserId(): string {
  return `user_${base62(27)}`;
}

/** A fresh Svix message id (`msg_…`). */
export function svixMessageId(): string {
  return `msg_${base62(27)}`;
}

/** A Svix signing secret as Clerk's dashboard shows it: `whsec_` + base64 of 24 bytes. */
export function webhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}

export interface TokenOptions {
  /** Extra claims (email, name, image_url, …). */
  claims?: Record<string, unknown>;
  issuer?: string;
  /** Authorized party; null leaves the claim out. */
  azp?: string | null;
  /** Seconds from now; default 60. */
  expiresIn?: number;
  /** Seconds from now for nbf; default -10. */
  notBefore?: number;
  /** Sign with another key than the one the app trusts. */
  key?: CryptoKey;
}

export interface ClerkPeer {
  /** CLERK_JWT_KEY: the PEM SPKI public key the app verifies with. */
  publicKeyPem: string;
  /** CLERK_WEBHOOK_SECRET. */
  secret: string;
  /** A key pair the app does not know. */
  strangerKey: CryptoKey;
  sessionToken(sub: string, options?: TokenOptions): Promise<string>;
  /** Svix headers for body, signed with the peer's secret unless another is given. */
  webhookHeaders(
    body: string,
    options?: { id?: string; timestamp?: Date; secret?: string },
  ): Record<string, string>;
}

export async function startClerkPeer(): Promise<ClerkPeer> {
  const pair = await generateKeyPair("RS256", { extractable: true });
  const stranger = await generateKeyPair("RS256", { extractable: true });
  const publicKeyPem = await exportSPKI(pair.publicKey);
  const secret = webhookSecret();

  return {
    publicKeyPem,
    secret,
    strangerKey: stranger.privateKey,
    async sessionToken(sub, options = {}) {
      const now = Math.floor(Date.now() / 1000);
      const azp = options.azp === undefined ? APP_ORIGIN : options.azp;
      const payload: Record<string, unknown> = {
        sid: `sess_${base62(27)}`,
        ...(azp === null ? {} : { azp }),
        ...options.claims,
      };
      return new SignJWT(payload)
        .setProtectedHeader({ alg: "RS256", typ: "JWT", kid: "ins_test" })
        .setSubject(sub)
        .setIssuer(options.issuer ?? CLERK_ISSUER)
        .setIssuedAt(now - 10)
        .setNotBefore(now + (options.notBefore ?? -10))
        .setExpirationTime(now + (options.expiresIn ?? 60))
        .sign(options.key ?? pair.privateKey);
    },
    webhookHeaders(body, options = {}) {
      const id = options.id ?? svixMessageId();
      const timestamp = options.timestamp ?? new Date();
      return {
        "content-type": "application/json",
        "svix-id": id,
        "svix-timestamp": String(Math.floor(timestamp.getTime() / 1000)),
        "svix-signature": new Webhook(options.secret ?? secret).sign(id, timestamp, body),
      };
    },
  };
}

/** base64url of a JSON value or a string, as JWT segments are encoded. */
export function base64url(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return Buffer.from(text).toString("base64url");
}

/** An unsigned token (`alg: none`) with the given claims. */
export function unsignedToken(claims: Record<string, unknown>): string {
  return `${base64url({ alg: "none", typ: "JWT" })}.${base64url(claims)}.`;
}

/** A token signed with HS256 using the RSA public key's PEM text as the HMAC secret. */
export async function hs256Token(claims: Record<string, unknown>, pem: string): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .sign(new TextEncoder().encode(pem));
}

/** The same token with one character of the payload segment changed (signature kept). */
export function tamperPayload(token: string): string {
  const [header, payload, signature] = token.split(".") as [string, string, string];
  const middle = Math.floor(payload.length / 2);
  const swapped = payload[middle] === "A" ? "B" : "A";
  return `${header}.${payload.slice(0, middle)}${swapped}${payload.slice(middle + 1)}.${signature}`;
}

export interface ClerkUserFields {
  id: string;
  email?: string;
  firstName?: string | null;
  lastName?: string | null;
  imageUrl?: string | null;
  username?: string | null;
  /** Further addresses listed before the primary one. */
  otherEmails?: string[];
  /** false: the primary address is not verified yet (Clerk's status "unverified"). */
  verified?: boolean;
}

/** Clerk's user object as its user.created / user.updated events carry it. */
export function clerkUserData(fields: ClerkUserFields): Record<string, unknown> {
  const others = (fields.otherEmails ?? []).map((address) => ({
    id: `idn_${base62(27)}`,
    object: "email_address",
    email_address: address,
    linked_to: [],
    verification: { status: "verified", strategy: "email_code" },
  }));
  const primary = fields.email
    ? {
        id: `idn_${base62(27)}`,
        object: "email_address",
        email_address: fields.email,
        linked_to: [],
        verification: {
          status: fields.verified === false ? "unverified" : "verified",
          strategy: "email_code",
        },
      }
    : undefined;
  const now = Date.now();
  return {
    id: fields.id,
    object: "user",
    username: fields.username ?? null,
    first_name: fields.firstName ?? null,
    last_name: fields.lastName ?? null,
    image_url: fields.imageUrl ?? null,
    has_image: Boolean(fields.imageUrl),
    profile_image_url: fields.imageUrl ?? null,
    email_addresses: primary ? [...others, primary] : others,
    primary_email_address_id: primary?.id ?? null,
    phone_numbers: [],
    primary_phone_number_id: null,
    web3_wallets: [],
    primary_web3_wallet_id: null,
    external_accounts: [],
    external_id: null,
    public_metadata: {},
    private_metadata: {},
    unsafe_metadata: {},
    password_enabled: true,
    two_factor_enabled: false,
    last_sign_in_at: null,
    created_at: now,
    updated_at: now,
  };
}

/** A Clerk webhook event envelope. */
export function clerkEvent(type: string, data: unknown): string {
  return JSON.stringify({
    data,
    object: "event",
    type,
    instance_id: "ins_test",
    timestamp: Date.now(),
  });
}

/** Clerk's user.deleted payload. */
export function clerkUserDeleted(id: string): string {
  return clerkEvent("user.deleted", { deleted: true, id, object: "user" });
}
