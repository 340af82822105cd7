"use client";

import { useEffect, useRef, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";

/**
 * A header drop-down built on a native <details>, so it opens and closes without
 * JavaScript. The header's disclosures share one `name`, so opening one closes the
 * other. Once hydrated it also closes after a link is chosen (client-side navigation
 * keeps the header mounted), on Escape (focus returns to the toggle) and on a click
 * outside it.
 */
export function HeaderDisclosure({
  summary,
  summaryClassName,
  className,
  children,
}: {
  summary: ReactNode;
  summaryClassName: string;
  className?: string;
  children: ReactNode;
}) {
  const details = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    function closeOnOutsideClick(event: PointerEvent) {
      const element = details.current;
      if (element?.open && event.target instanceof Node && !element.contains(event.target)) {
        element.open = false;
      }
    }
    document.addEventListener("pointerdown", closeOnOutsideClick);
    return () => document.removeEventListener("pointerdown", closeOnOutsideClick);
  }, []);

  function closeAfterLinkClick(event: MouseEvent<HTMLDetailsElement>) {
    if (event.target instanceof Element && event.target.closest("a")) {
      event.currentTarget.open = false;
    }
  }

  function closeOnEscape(event: KeyboardEvent<HTMLDetailsElement>) {
    if (event.key !== "Escape" || !event.currentTarget.open) return;
    event.currentTarget.open = false;
    event.currentTarget.querySelector("summary")?.focus();
  }

  return (
    <details
      ref={details}
      name="site-header-menu"
      className={`group ${className ?? ""}`}
      onClick={closeAfterLinkClick}
      onKeyDown={closeOnEscape}
    >
      <summary
        className={`flex cursor-pointer list-none items-center [&::-webkit-details-marker]:hidden ${summaryClassName}`}
      >
        {summary}
      </summary>
      {children}
    </details>
  );
}
