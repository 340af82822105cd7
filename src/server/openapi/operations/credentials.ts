import type { ApiOperation } from "../api-operation";
import { credentialJsonInput } from "../../credentials/credential-json-input";

/** Open Badges 3.0 credentials (docs/product.md §15). The issuer's did:web document is at /.well-known/did.json. */
export const CREDENTIAL_OPERATIONS: ApiOperation[] = [
  {
    method: "get",
    path: "/api/credentials/{id}",
    summary:
      "A signed OpenBadgeCredential (application/ld+json; ?download adds Content-Disposition). A private profile's credential only to its owner and admins",
    access: "public",
    success: {
      status: 200,
      description:
        '{"@context","id","type":["VerifiableCredential","OpenBadgeCredential"],"issuer","validFrom","credentialSubject","evidence","credentialStatus","proof"}',
    },
  },
  {
    method: "get",
    path: "/api/credentials/status/{list}",
    summary: "A signed revocation BitstringStatusListCredential (application/vc+ld+json)",
    access: "public",
    success: {
      status: 200,
      description:
        '{"@context","id","type","issuer","validFrom","credentialSubject":{"encodedList","statusPurpose"},"proof"}',
    },
  },
  {
    method: "post",
    path: "/api/credentials/verify",
    summary:
      "Verifies any credential JSON (≤ 64 KiB) against this issuer's published keys and status lists; no network fetches",
    access: "public",
    body: credentialJsonInput,
    success: {
      status: 200,
      description:
        '{"verified","result":"verified|revoked|invalid","checks":{"signature","issuerKey","status"},"revoked","errors"}',
    },
  },

  {
    method: "post",
    path: "/api/admin/credentials/{id}/reissue",
    summary:
      "Re-signs a credential (same id and status position) over the current data and key; audited. Revoked: 409",
    access: "admin",
    success: { status: 204, description: "No content" },
  },
];
