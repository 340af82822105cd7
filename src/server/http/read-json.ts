import "server-only";
import type { z } from "zod";
import { AppError } from "../errors";
import { parseJsonText } from "./parse-json-text";

const DEFAULT_LIMIT_BYTES = 64 * 1024;

/**
 * Reads and validates a JSON request body: 413 past the limit, 400 for anything that is
 * not JSON or does not match the schema. Nothing is parsed twice.
 */
export async function readJson<S extends z.ZodType>(
  request: Request,
  schema: S,
  limitBytes = DEFAULT_LIMIT_BYTES,
): Promise<z.infer<S>> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > limitBytes) throw tooLarge(limitBytes);
  const text = await request.text();
  if (Buffer.byteLength(text) > limitBytes) throw tooLarge(limitBytes);
  return schema.parse(parseJsonText(text));
}

function tooLarge(limitBytes: number): AppError {
  return new AppError(
    "PAYLOAD_TOO_LARGE",
    `The request body is larger than ${Math.round(limitBytes / 1024)} KB.`,
  );
}
