import type { Locale } from "@/i18n/locales";
import { ErrorText, type ErrorKey, type ErrorValues } from "./messages/error-text";
import { renderDetails, renderErrorText } from "./messages/render-error-text";

/**
 * Typed application errors. Domain code throws these; the HTTP layer maps each code to
 * its status in one place (src/server/http/error-response.ts). Messages are for the
 * person using the app: clear, and never containing internals. A message is a key of the
 * catalogue's `errors` namespace: the code stays stable, the words follow the reader's
 * language (`messageIn`, `detailsIn`); `message` and `details` are the English ones, for
 * logs.
 */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  /** An admin tried to credit or debit their own points. */
  SELF_ADJUSTMENT: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  /** The submission changed after the reviewer loaded it (its `version` no longer matches). */
  STALE_SUBMISSION: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** The language of `message` and `details`: logs and the tests read English. */
const LOG_LOCALE: Locale = "en";

export class AppError extends Error {
  readonly code: ErrorCode;
  /** What went wrong, in no language yet. */
  readonly text: ErrorText;
  /** Seconds after which a rate-limited request may be retried. */
  readonly retryAfter?: number;
  /** The details as given: field problems carry ErrorTexts, rendered on the way out. */
  private readonly rawDetails?: unknown;

  constructor(
    code: ErrorCode,
    message: ErrorKey | ErrorText,
    options: { values?: ErrorValues; details?: unknown; retryAfter?: number } = {},
  ) {
    const text = message instanceof ErrorText ? message : new ErrorText(message, options.values);
    super(renderErrorText(text, LOG_LOCALE));
    this.name = "AppError";
    this.code = code;
    this.text = text;
    this.rawDetails = options.details;
    this.retryAfter = options.retryAfter;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  /** The details in English (undefined when there are none). */
  get details(): unknown {
    return this.detailsIn(LOG_LOCALE);
  }

  messageIn(locale: Locale): string {
    return renderErrorText(this.text, locale);
  }

  detailsIn(locale: Locale): unknown {
    return renderDetails(this.rawDetails, locale);
  }
}
