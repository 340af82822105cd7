/**
 * LinkedIn's "Add to profile" link for a certification (docs/product.md §15): the badge
 * name, the programme, the issue year and month, and the badge page as credential URL.
 */
export function linkedInAddUrl(input: {
  name: string;
  organizationName: string;
  issuedAt: Date;
  certUrl: string;
  certId: string;
}): string {
  const url = new URL("https://www.linkedin.com/profile/add");
  url.searchParams.set("startTask", "CERTIFICATION_NAME");
  url.searchParams.set("name", input.name);
  url.searchParams.set("organizationName", input.organizationName);
  url.searchParams.set("issueYear", String(input.issuedAt.getUTCFullYear()));
  url.searchParams.set("issueMonth", String(input.issuedAt.getUTCMonth() + 1));
  url.searchParams.set("certUrl", input.certUrl);
  url.searchParams.set("certId", input.certId);
  return url.toString();
}
