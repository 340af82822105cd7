export const slotOpen = (name: string) => `<!--p:${name}-->`;
export const slotClose = (name: string) => `<!--/p:${name}-->`;

const SLOT = /<!--p:(\w+)-->[\s\S]*?<!--\/p:\1-->/g;

/**
 * A page with each personal slot's content (between its comment markers, wherever it
 * occurs) replaced by the given HTML, in one pass over the document. Markers only ever
 * appear in the document itself: Next.js escapes "<" in its inline data, so the copies
 * there stay untouched.
 */
export function splicePersonal(html: string, values: Record<string, string>): string {
  return html.replace(SLOT, (slot, name: string) =>
    Object.hasOwn(values, name) ? slotOpen(name) + values[name] + slotClose(name) : slot,
  );
}
