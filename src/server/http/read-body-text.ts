import { AppError } from "../errors";
import { readBodyBytes } from "./read-body-bytes";

/** A request body as UTF-8 text, capped like readBodyBytes; 400 when it is not UTF-8. */
export async function readBodyText(request: Request, limitBytes: number): Promise<string> {
  const bytes = await readBodyBytes(request, limitBytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("VALIDATION_FAILED", "errors.http.notUtf8");
  }
}
