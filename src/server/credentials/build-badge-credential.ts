import { createHash } from "node:crypto";
import { OB_V3_CONTEXT, VC_V2_CONTEXT } from "./credential-contexts";
import { credentialUrl, issuerProfile, STATUS_LIST_LENGTH, statusListUrl } from "./issuer-identity";

export interface BadgeCredentialInput {
  origin: string;
  credentialId: string;
  statusIndex: number;
  badge: { code: string; name: string; description: string; narrative: string; image: string };
  recipient: { email: string; name: string };
  /** Random, per credential: the email hash identifies without being guessable across badges. */
  salt: string;
  evidence: { url: string; name: string }[];
  validFrom: Date;
}

/** XSD dateTimeStamp without milliseconds, as the VC examples write them. */
export const isoSeconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

/**
 * The unsigned OpenBadgeCredential of an earned badge (VC 2.0 + OB 3.0, docs/product.md
 * §15): the achievement, the recipient as a salted SHA-256 of the email plus the name,
 * evidence links to approved public submissions, and a revocation status list entry.
 */
export function buildBadgeCredential(input: BadgeCredentialInput): Record<string, unknown> {
  const { origin, badge } = input;
  const list = Math.floor(input.statusIndex / STATUS_LIST_LENGTH);
  const listUrl = statusListUrl(list, origin);
  const position = input.statusIndex % STATUS_LIST_LENGTH;
  const emailHash = createHash("sha256")
    .update(input.recipient.email.trim().toLowerCase() + input.salt)
    .digest("hex");
  return {
    "@context": [VC_V2_CONTEXT, OB_V3_CONTEXT],
    id: credentialUrl(input.credentialId, origin),
    type: ["VerifiableCredential", "OpenBadgeCredential"],
    issuer: issuerProfile(origin),
    name: badge.name,
    validFrom: input.validFrom.toISOString(),
    credentialSubject: {
      type: ["AchievementSubject"],
      name: input.recipient.name,
      identifier: [
        {
          type: "IdentityObject",
          identityType: "emailAddress",
          hashed: true,
          identityHash: `sha256$${emailHash}`,
          salt: input.salt,
        },
      ],
      achievement: {
        id: `${origin}/badges/achievements/${encodeURIComponent(badge.code)}`,
        type: ["Achievement"],
        name: badge.name,
        description: badge.description,
        criteria: { narrative: badge.narrative },
        image: { id: badge.image, type: "Image" },
      },
    },
    evidence: input.evidence.map((item) => ({
      id: item.url,
      type: ["Evidence"],
      name: item.name,
    })),
    credentialStatus: {
      id: `${listUrl}#${position}`,
      type: "BitstringStatusListEntry",
      statusPurpose: "revocation",
      statusListIndex: String(position),
      statusListCredential: listUrl,
    },
  };
}
