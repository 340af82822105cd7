import { AppError } from "../errors";
import { assertStorableJson } from "./assert-storable-json";

/** A raw body parsed as JSON: 400 when it is not JSON or holds what PostgreSQL cannot store. */
export function parseJsonText(text: string, what = "The request body"): unknown {
  let value: unknown;
  try {
    value = text === "" ? undefined : JSON.parse(text);
  } catch {
    throw new AppError("VALIDATION_FAILED", `${what} is not valid JSON.`);
  }
  assertStorableJson(value);
  return value;
}
