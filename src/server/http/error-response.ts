import "server-only";
import { ZodError } from "zod";
import { databaseUnavailable } from "../db/database-unavailable";
import { isConnectionLost } from "../db/is-connection-lost";
import { AppError } from "../errors";
import { logError } from "../log";

/** The one place errors become HTTP responses: `{"error":{"code","message","details"?}}`. */
export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const headers: Record<string, string> = { "Cache-Control": "no-store" };
    if (error.retryAfter !== undefined) headers["Retry-After"] = String(error.retryAfter);
    return Response.json(
      {
        error: {
          code: error.code,
          message: error.message,
          ...(error.details === undefined ? {} : { details: error.details }),
        },
      },
      { status: error.status, headers },
    );
  }
  if (error instanceof ZodError) {
    return errorResponse(
      new AppError("VALIDATION_FAILED", "Some fields are missing or invalid.", {
        details: validationDetails(error),
      }),
    );
  }
  // A dropped database connection outside withUser/privileged/asVisitor (which answer
  // 503 themselves) is still the database's outage, not a bug: 503 with Retry-After.
  if (isConnectionLost(error)) return errorResponse(databaseUnavailable());
  logError("http.unexpected", error);
  return Response.json(
    { error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again." } },
    { status: 500, headers: { "Cache-Control": "no-store" } },
  );
}

/** Zod issues as `[{ path: "payload.reflection", message }]`, for forms and API clients. */
export function validationDetails(error: ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    message: issue.message,
  }));
}
