import "server-only";
import type { z } from "zod";
import { parseJsonText } from "./parse-json-text";
import { readBodyText } from "./read-body-text";

const DEFAULT_LIMIT_BYTES = 64 * 1024;

/**
 * Reads and validates a JSON request body: 413 past the limit (checked before and while
 * reading), 400 for anything that is not JSON or does not match the schema. Nothing is
 * parsed twice.
 */
export async function readJson<S extends z.ZodType>(
  request: Request,
  schema: S,
  limitBytes = DEFAULT_LIMIT_BYTES,
): Promise<z.infer<S>> {
  return schema.parse(parseJsonText(await readBodyText(request, limitBytes)));
}
