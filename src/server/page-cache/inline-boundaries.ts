const COMPLETE_CALL = /\$RC\("(B:\d+)","(S:\d+)"\)/;
const OPENERS = ["<!--$-->", "<!--$?-->", "<!--$!-->"];
const CLOSER = "<!--/$-->";

/**
 * A streamed document made whole: React sends a Suspense boundary's content after its
 * fallback (`<!--$?--><template id="B:n">fallback<!--/$-->`, later `<div hidden id="S:n">
 * content</div><script>…$RC("B:n","S:n")</script>`) and lets a script swap them. Here
 * the content takes the fallback's place as a completed boundary (`<!--$-->content`),
 * as React would have sent it had it been ready, so the page works without JavaScript
 * and hydrates the same. Null when the document has anything this does not understand.
 */
export function inlineBoundaries(html: string): string | null {
  let doc = html;
  for (let match = COMPLETE_CALL.exec(doc); match; match = COMPLETE_CALL.exec(doc)) {
    const [call, boundary, segment] = match;
    const open = `<div hidden id="${segment}">`;
    const segmentStart = doc.indexOf(open);
    const scriptStart = doc.lastIndexOf("<script", match.index);
    const segmentEnd = doc.lastIndexOf("</div>", scriptStart);
    if (segmentStart < 0 || segmentEnd < segmentStart) return null;
    const content = doc.slice(segmentStart + open.length, segmentEnd);
    doc =
      doc.slice(0, segmentStart) +
      doc.slice(segmentEnd + "</div>".length, match.index) +
      doc.slice(match.index + call.length);
    const pending = `<!--$?--><template id="${boundary}"></template>`;
    const start = doc.indexOf(pending);
    const end = start < 0 ? -1 : closingOf(doc, start + pending.length);
    if (end < 0) return null;
    doc = `${doc.slice(0, start)}<!--$-->${content}${doc.slice(end)}`;
  }
  return doc;
}

/** Where the boundary opened just before `from` closes (nested boundaries skipped), or -1. */
function closingOf(doc: string, from: number): number {
  let depth = 1;
  let at = from;
  while (depth > 0) {
    const close = doc.indexOf(CLOSER, at);
    if (close < 0) return -1;
    const opens = OPENERS.map((opener) => doc.indexOf(opener, at)).filter(
      (index) => index >= 0 && index < close,
    );
    if (opens.length > 0) {
      depth += 1;
      at = Math.min(...opens) + 4;
    } else {
      depth -= 1;
      at = close + CLOSER.length;
      if (depth === 0) return close;
    }
  }
  return -1;
}
