export const slotOpen = (name: string) => `<!--p:${name}-->`;
export const slotClose = (name: string) => `<!--/p:${name}-->`;

/**
 * A page with each personal slot's content (between its comment markers, wherever it
 * occurs) replaced by the given HTML. Markers only ever appear in the document itself:
 * Next.js escapes "<" in its inline data, so the copies there stay untouched.
 */
export function splicePersonal(html: string, values: Record<string, string>): string {
  let result = html;
  for (const [name, value] of Object.entries(values)) {
    const open = slotOpen(name);
    const close = slotClose(name);
    const [head = "", ...rest] = result.split(open);
    result =
      head +
      rest
        .map((part) => {
          const end = part.indexOf(close);
          return end < 0 ? open + part : open + value + part.slice(end);
        })
        .join("");
  }
  return result;
}
