/**
 * Whether a pasted link points at LinkedIn (docs/product.md §3, PRESENT). Teachers paste country
 * sites (`id.linkedin.com`) and short links (`lnkd.in`), so any single-label subdomain of
 * linkedin.com is accepted. The host is read by the URL parser, so look-alikes such as
 * `linkedin.com.evil.com`, `evil.com/linkedin.com` or `linkedin.com@evil.com` are refused, and
 * so are credentials, ports other than the https default and plain http.
 */
const SUBDOMAIN_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export function isLinkedInUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== "https:" || url.username || url.password || url.port) return false;
  return isLinkedInHost(url.hostname);
}

function isLinkedInHost(hostname: string): boolean {
  if (hostname === "linkedin.com" || hostname === "lnkd.in") return true;
  const suffix = ".linkedin.com";
  if (!hostname.endsWith(suffix)) return false;
  return SUBDOMAIN_LABEL.test(hostname.slice(0, -suffix.length));
}
