import { AppError } from "../errors";
import { assertStorableJson } from "./assert-storable-json";

/**
 * A raw body parsed as JSON: 400 when it is not JSON or holds what PostgreSQL cannot
 * store. `source` names the body in the message: a request's or a webhook's.
 */
export function parseJsonText(text: string, source: "request" | "webhook" = "request"): unknown {
  let value: unknown;
  try {
    value = text === "" ? undefined : JSON.parse(text);
  } catch {
    throw new AppError("VALIDATION_FAILED", `errors.http.invalidJson.${source}`);
  }
  assertStorableJson(value);
  return value;
}
