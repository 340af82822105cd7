import { gzipSync } from "node:zlib";

export interface PageWeight {
  /** The HTML document as a browser receives it (gzip), in bytes. */
  htmlGzipBytes: number;
  /** Its size uncompressed. */
  htmlBytes: number;
  /**
   * Sum of the gzip sizes of every script the page loads at first (its <script src>),
   * without noModule ones (legacy polyfills modern browsers skip; listed, not counted).
   */
  firstLoadJsGzipBytes: number;
  scripts: { src: string; gzipBytes: number; noModule: boolean }[];
}

const SCRIPT_TAG = /<script[^>]*\ssrc="([^"]+)"[^>]*>/g;

/**
 * What a first visit to a page transfers: the document and the scripts it names, each
 * measured gzip-compressed (as `next start` sends them to a browser). Scripts are
 * compressed here from their bytes so the figure does not depend on the server's setting.
 */
export async function measurePageWeight(
  baseUrl: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<PageWeight> {
  const html = await (await fetch(`${baseUrl}${path}`, { headers })).text();
  const tags = new Map([...html.matchAll(SCRIPT_TAG)].map((match) => [match[1]!, match[0]]));
  const scripts = await Promise.all(
    [...tags].map(async ([src, tag]) => {
      const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
      return { src, gzipBytes: gzipSync(body).length, noModule: /\snomodule/i.test(tag) };
    }),
  );
  return {
    htmlGzipBytes: gzipSync(html).length,
    htmlBytes: Buffer.byteLength(html),
    firstLoadJsGzipBytes: scripts
      .filter((script) => !script.noModule)
      .reduce((sum, script) => sum + script.gzipBytes, 0),
    scripts,
  };
}
