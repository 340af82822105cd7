import "server-only";
import { ZodError } from "zod";
import type { Locale } from "@/i18n/locales";
import { databaseUnavailable } from "../db/database-unavailable";
import { isConnectionLost } from "../db/is-connection-lost";
import { AppError } from "../errors";
import { logError } from "../log";
import { errorText } from "../messages/error-text";
import { renderDetails, renderErrorText } from "../messages/render-error-text";
import { issueProblems } from "../messages/zod-issue-text";

/**
 * The one place errors become HTTP responses: `{"error":{"code","message","details"?}}`.
 * The code never changes with the language; the message and the details' messages are
 * in `locale`, the request's language (English when none is given).
 */
export function errorResponse(error: unknown, locale: Locale = "en"): Response {
  if (error instanceof AppError) {
    const headers: Record<string, string> = { "Cache-Control": "no-store" };
    if (error.retryAfter !== undefined) headers["Retry-After"] = String(error.retryAfter);
    const details = error.detailsIn(locale);
    return Response.json(
      {
        error: {
          code: error.code,
          message: error.messageIn(locale),
          ...(details === undefined ? {} : { details }),
        },
      },
      { status: error.status, headers },
    );
  }
  if (error instanceof ZodError) {
    return errorResponse(
      new AppError("VALIDATION_FAILED", "errors.validation.invalidFields", {
        details: issueProblems(error),
      }),
      locale,
    );
  }
  // A dropped database connection outside withUser/privileged/asVisitor (which answer
  // 503 themselves) is still the database's outage, not a bug: 503 with Retry-After.
  if (isConnectionLost(error)) return errorResponse(databaseUnavailable(), locale);
  logError("http.unexpected", error);
  return Response.json(
    { error: { code: "INTERNAL", message: renderErrorText(errorText("errors.internal"), locale) } },
    { status: 500, headers: { "Cache-Control": "no-store" } },
  );
}

/** Zod issues as `[{ path: "payload.reflection", message }]` in `locale`, for forms and API clients. */
export function validationDetails(
  error: ZodError,
  locale: Locale,
): { path: string; message: string }[] {
  return renderDetails(issueProblems(error), locale) as { path: string; message: string }[];
}
