import "server-only";
import { ZodError } from "zod";
import { AppError } from "@/server/errors";
import { validationDetails } from "@/server/http/error-response";
import { logError } from "@/server/log";
import type { FormState } from "./form-state";

/**
 * A server action's failure as form state: zod issues and AppError details become
 * field errors, an AppError's message the banner. Anything else is logged and shown as
 * a generic message, like the API's 500 (no internals reach the page).
 */
export function formErrorState(error: unknown, values?: Record<string, string>): FormState {
  if (error instanceof ZodError) {
    return {
      status: "error",
      message: "Some fields need attention.",
      fieldErrors: fieldErrorsFrom(validationDetails(error)),
      values,
    };
  }
  if (error instanceof AppError) {
    return {
      status: "error",
      message: error.message,
      fieldErrors: fieldErrorsFrom(error.details),
      values,
    };
  }
  logError("form.unexpected", error);
  return {
    status: "error",
    message: "Something went wrong on our side. Please try again.",
    values,
  };
}

/** `[{ path, message }]` → `{ [path]: message }`, keeping the first message per field. */
function fieldErrorsFrom(details: unknown): Record<string, string> | undefined {
  if (!Array.isArray(details)) return undefined;
  const errors: Record<string, string> = {};
  for (const detail of details as unknown[]) {
    if (!detail || typeof detail !== "object") continue;
    const { path, message } = detail as { path?: unknown; message?: unknown };
    if (typeof path !== "string" || typeof message !== "string") continue;
    const field = path.split(".")[0] ?? path;
    errors[field] ??= message;
  }
  return Object.keys(errors).length > 0 ? errors : undefined;
}
