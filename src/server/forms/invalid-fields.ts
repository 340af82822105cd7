import { AppError } from "../errors";
import { errorText, type ErrorKey } from "../messages/error-text";

/**
 * A refusal for checks a schema cannot phrase (a number that is not one, a box left
 * unticked): each field gets its message, the banner the usual "Some fields need attention."
 * unless another is given. Messages are keys of the catalogue's `errors` namespace.
 */
export function invalidFields(
  fieldErrors: Record<string, ErrorKey>,
  message: ErrorKey = "errors.validation.needsAttention",
): AppError {
  return new AppError("VALIDATION_FAILED", message, {
    details: Object.entries(fieldErrors).map(([path, key]) => ({
      path,
      message: errorText(key),
    })),
  });
}
