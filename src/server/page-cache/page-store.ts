/** One rendered public page, as the page cache keeps it. */
export interface StoredPage {
  /** The public data version it was rendered at. */
  version: string;
  storedAt: number;
  html: string;
  /** The CSP nonce the HTML was rendered with (swapped for each response's own). */
  nonce: string;
  headers: [string, string][];
}

/**
 * Rendered pages by key, least recently used first out, bounded by the bytes of their
 * HTML (UTF-16 code units × 2, what a JavaScript string costs). Holds only pages rendered
 * without a session: losing an entry costs one render, nothing else.
 */
export function pageStore(maxBytes: number) {
  const entries = new Map<string, StoredPage>();
  let bytes = 0;
  const sizeOf = (page: StoredPage) => page.html.length * 2;
  const remove = (key: string) => {
    const page = entries.get(key);
    if (!page) return;
    entries.delete(key);
    bytes -= sizeOf(page);
  };
  return {
    get(key: string): StoredPage | undefined {
      const page = entries.get(key);
      if (!page) return undefined;
      entries.delete(key);
      entries.set(key, page);
      return page;
    },
    set(key: string, page: StoredPage): void {
      remove(key);
      if (sizeOf(page) > maxBytes) return;
      entries.set(key, page);
      bytes += sizeOf(page);
      while (bytes > maxBytes) remove(entries.keys().next().value!);
    },
    get bytes() {
      return bytes;
    },
    get size() {
      return entries.size;
    },
  };
}
