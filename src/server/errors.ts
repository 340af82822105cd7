/**
 * Typed application errors. Domain code throws these; the HTTP layer maps each code to
 * its status in one place (src/server/http/error-response.ts). Messages are for the
 * person using the app: clear, and never containing internals.
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

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;
  /** Seconds after which a rate-limited request may be retried. */
  readonly retryAfter?: number;

  constructor(
    code: ErrorCode,
    message: string,
    options: { details?: unknown; retryAfter?: number } = {},
  ) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = options.details;
    this.retryAfter = options.retryAfter;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}
