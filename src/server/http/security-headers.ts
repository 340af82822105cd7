/**
 * Headers every response carries, whatever produced it. HSTS only over HTTPS in
 * production: over plain HTTP browsers ignore it, and on a developer's machine it would
 * pin localhost to HTTPS for two years.
 */
export function securityHeaders(options: { hsts: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    // For browsers without CSP frame-ancestors.
    "X-Frame-Options": "DENY",
    ...(options.hsts && { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" }),
  };
}
