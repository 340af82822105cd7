/**
 * The Content-Security-Policy of pages. Scripts run only with this response's nonce
 * (Next.js reads it from the request's policy and puts it on its own scripts; scripts they
 * load inherit trust through 'strict-dynamic'), so injected markup cannot run code.
 * Nothing may frame the app: the admin's approve buttons cannot be clickjacked.
 */
export function contentSecurityPolicy(options: {
  nonce: string;
  development: boolean;
  https: boolean;
}): string {
  const { nonce, development, https } = options;
  const directives = [
    "default-src 'self'",
    // React's development build evaluates code to rebuild server error stacks.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // Development injects styles without a nonce; production gives Next.js's its nonce.
    development ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    // style="" attributes (progress bars, chart positions) cannot carry a nonce.
    "style-src-attr 'unsafe-inline'",
    // Avatars come from the identity provider's https URLs.
    "img-src 'self' blob: data: https:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}
