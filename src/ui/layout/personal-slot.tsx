import { cache } from "react";
import { slotClose, slotOpen } from "@/server/page-cache/splice-personal";
import type { SlotName } from "@/server/page-cache/personal-slot-values";

/** One id per rendering: a slot's key, so every new rendering replaces its content. */
const renderingId = cache(() => crypto.randomUUID());

/**
 * A personal part of a page (a name, an email, the viewer marker) that React renders
 * but never hydrates: the page cache splices the signed-in visitor's values into a page
 * rendered for nobody (docs/decisions/028-public-page-cache.md), and the browser must
 * keep them. Keyed per rendering, so a later rendering of the layout (after signing in
 * or out) replaces them even when its HTML equals the shared page's.
 */
export function PersonalSlot({
  name,
  html,
  className,
  element: Element = "span",
}: {
  name: SlotName;
  html: string;
  className?: string;
  /** "div" for block content (the leaderboard's own-rank card). */
  element?: "span" | "div";
}) {
  return (
    <Element
      key={renderingId()}
      className={className}
      suppressHydrationWarning
      dangerouslySetInnerHTML={{ __html: `${slotOpen(name)}${html}${slotClose(name)}` }}
    />
  );
}
