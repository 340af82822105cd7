import "server-only";
import { AppError } from "../errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses unsafe requests sent by a browser from another site (CSRF, docs/product.md §11). A
 * request without an Origin header (a script, a webhook sender) is allowed: it carries
 * no ambient browser credentials an attacker could borrow.
 */
export function checkOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.get("origin");
  if (!origin) return;
  const host =
    request.headers.get("x-forwarded-host") ??
    request.headers.get("host") ??
    new URL(request.url).host;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = "";
  }
  if (originHost !== host) {
    throw new AppError("FORBIDDEN", "errors.http.crossSite");
  }
}
