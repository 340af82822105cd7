import { z } from "zod";

/**
 * What POST /api/credentials/verify accepts: any JSON object shaped like a Verifiable
 * Credential (contexts, type, proof); the verifier judges the rest and reports.
 */
export const credentialJsonInput = z.looseObject({
  "@context": z.array(z.unknown()).min(1),
  type: z.union([z.string(), z.array(z.string())]),
  proof: z.unknown(),
});

/** Enough for any badge credential (ours are ~3 KB) while refusing megabyte bodies. */
export const CREDENTIAL_JSON_LIMIT_BYTES = 64 * 1024;
