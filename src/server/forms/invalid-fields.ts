import { AppError } from "../errors";

/**
 * A refusal for checks a schema cannot phrase (a number that is not one, a box left
 * unticked): each field gets its message, the banner the usual "Some fields need attention."
 * unless another is given.
 */
export function invalidFields(
  fieldErrors: Record<string, string>,
  message = "Some fields need attention.",
): AppError {
  return new AppError("VALIDATION_FAILED", message, {
    details: Object.entries(fieldErrors).map(([path, fieldMessage]) => ({
      path,
      message: fieldMessage,
    })),
  });
}
