import type { ByteRange } from "../storage/storage-driver";

/**
 * One byte range from an HTTP Range header (RFC 9110 §14.2) for a file of `size` bytes:
 * null to send the whole file (no header, a syntax we ignore, several ranges), or
 * "unsatisfiable" when the range starts past the end (416).
 */
export function parseByteRange(
  header: string | null,
  size: number,
): ByteRange | null | "unsatisfiable" {
  const match = header?.trim().match(/^bytes=(\d*)-(\d*)$/);
  if (!match || (match[1] === "" && match[2] === "")) return null;
  const [first, last] = [match[1]!, match[2]!];
  if (first === "") {
    // "bytes=-500": the last 500 bytes.
    const suffix = Number(last);
    if (suffix === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === "" ? size - 1 : Math.min(Number(last), size - 1);
  if (last !== "" && Number(last) < start) return null;
  if (start >= size) return "unsatisfiable";
  return { start, end };
}
