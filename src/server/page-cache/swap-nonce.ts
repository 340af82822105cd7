/**
 * The cached HTML with every occurrence of the nonce it was rendered with replaced by
 * this response's: the nonce attributes of Next.js's scripts and styles, and the copies
 * inside its inline data. A nonce is 16 random bytes in base64, so it cannot collide with
 * page text by accident.
 */
export function swapNonce(html: string, renderedWith: string, nonce: string): string {
  return html.split(renderedWith).join(nonce);
}

/** The nonce of a Content-Security-Policy header ('nonce-…' in script-src), or null. */
export function nonceOfPolicy(policy: string | null): string | null {
  return policy?.match(/'nonce-([A-Za-z0-9+/=]+)'/)?.[1] ?? null;
}
