/**
 * The error kept in mail_outbox.last_error: code and server response, never the SMTP URL
 * (it carries the password) — nodemailer's messages do not include it, and anything that
 * looks like URL credentials is masked anyway.
 */
export function describeSmtpError(error: unknown): string {
  const e = error as {
    code?: unknown;
    responseCode?: unknown;
    response?: unknown;
    message?: unknown;
  };
  const parts = [
    typeof e?.code === "string" ? e.code : undefined,
    typeof e?.responseCode === "number" ? String(e.responseCode) : undefined,
    typeof e?.response === "string"
      ? e.response
      : typeof e?.message === "string"
        ? e.message
        : String(error),
  ].filter(Boolean);
  return parts
    .join(" ")
    .replace(/\/\/[^/\s@]*:[^/\s@]*@/g, "//***:***@")
    .slice(0, 500);
}
