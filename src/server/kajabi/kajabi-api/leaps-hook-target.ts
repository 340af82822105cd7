/** The webhook URL Kajabi's hooks call: this app's endpoint, the token as the proof (docs/product.md §6). */
export function leapsHookTarget(appUrl: string, token: string): string {
  return `${appUrl}/api/kajabi/webhook?token=${encodeURIComponent(token)}`;
}
