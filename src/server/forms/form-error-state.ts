import "server-only";
import { ZodError } from "zod";
import type { Locale } from "@/i18n/locales";
import { AppError } from "@/server/errors";
import { logError } from "@/server/log";
import type { FormState } from "@/server/forms/form-state";
import { errorText } from "@/server/messages/error-text";
import { renderErrorText } from "@/server/messages/render-error-text";
import { validationDetails } from "@/server/http/error-response";

/** A detail's path ("handle", "payload.reflection") → the form field it belongs to. */
export type FieldOfPath = (path: string) => string;

const firstSegment: FieldOfPath = (path) => path.split(".")[0] ?? path;

/**
 * A server action's failure as form state in the page's language: zod issues and
 * AppError details become field errors, an AppError's message the banner. Anything else
 * is logged and shown as a generic message, like the API's 500 (no internals reach the
 * page). Forms whose fields are nested in the input (evidence: `payload.<field>`) pass
 * their own `fieldOf`; by default a path's first segment names the field.
 */
export function formErrorState(
  error: unknown,
  values?: Record<string, string>,
  fieldOf: FieldOfPath = firstSegment,
  locale: Locale = "en",
): FormState {
  if (error instanceof ZodError) {
    return {
      status: "error",
      message: renderErrorText(errorText("errors.validation.needsAttention"), locale),
      fieldErrors: fieldErrorsFrom(validationDetails(error, locale), fieldOf),
      values,
    };
  }
  if (error instanceof AppError) {
    return {
      status: "error",
      message: error.messageIn(locale),
      fieldErrors: fieldErrorsFrom(error.detailsIn(locale), fieldOf),
      values,
    };
  }
  logError("form.unexpected", error);
  return {
    status: "error",
    message: renderErrorText(errorText("errors.internal"), locale),
    values,
  };
}

/** `[{ path, message }]` → `{ [path]: message }`, keeping the first message per field. */
function fieldErrorsFrom(
  details: unknown,
  fieldOf: FieldOfPath,
): Record<string, string> | undefined {
  if (!Array.isArray(details)) return undefined;
  const errors: Record<string, string> = {};
  for (const detail of details as unknown[]) {
    if (!detail || typeof detail !== "object") continue;
    const { path, message } = detail as { path?: unknown; message?: unknown };
    if (typeof path !== "string" || typeof message !== "string") continue;
    errors[fieldOf(path)] ??= message;
  }
  return Object.keys(errors).length > 0 ? errors : undefined;
}
