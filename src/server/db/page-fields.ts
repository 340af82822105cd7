import { z } from "zod";

/** `limit` and `offset` of a paginated list query, as its zod fields. */
export function pageFields(defaultLimit: number) {
  return {
    limit: z.coerce.number().int().min(1).max(100).default(defaultLimit),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  };
}
