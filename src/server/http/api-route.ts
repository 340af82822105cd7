import "server-only";
import { localeFromHeaders } from "@/i18n/headers-locale";
import { assertSafePathParams } from "./assert-safe-path-params";
import { checkOrigin } from "./check-origin";
import { errorResponse } from "./error-response";

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/**
 * Wraps a route handler: origin check for unsafe methods, path parameters without control
 * characters, and every thrown error turned into the API's error shape (AppError/ZodError
 * → 4xx, anything else → a logged 500 without internals), its message in the request's
 * language.
 */
export function apiRoute<C = unknown>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      checkOrigin(request);
      await assertSafePathParams(context);
      return await handler(request, context);
    } catch (error) {
      return errorResponse(error, localeFromHeaders(request.headers));
    }
  };
}
