import { AppError } from "../errors";

/**
 * A request body, read as a stream and never past `limitBytes`: a declared Content-Length
 * over the limit is refused before reading anything (413), and a body that grows past it
 * (chunked, or lying about its length) is cancelled at the limit. Memory per request stays
 * bounded by the limit, whoever sends it.
 */
export async function readBodyBytes(
  request: Request,
  limitBytes: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const declared = request.headers.get("content-length");
  if (declared !== null && !/^\d+$/.test(declared.trim())) {
    throw new AppError("VALIDATION_FAILED", "errors.http.contentLengthNotNumber");
  }
  if (declared !== null && Number(declared) > limitBytes) throw tooLarge(limitBytes);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limitBytes) {
      await reader.cancel();
      throw tooLarge(limitBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function tooLarge(limitBytes: number): AppError {
  return limitBytes >= 1024 * 1024
    ? new AppError("PAYLOAD_TOO_LARGE", "errors.http.bodyTooLargeMb", {
        values: { size: Math.round(limitBytes / (1024 * 1024)) },
      })
    : new AppError("PAYLOAD_TOO_LARGE", "errors.http.bodyTooLargeKb", {
        values: { size: Math.round(limitBytes / 1024) },
      });
}
