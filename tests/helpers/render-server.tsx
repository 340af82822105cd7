import { cloneElement, isValidElement, type ReactNode } from "react";
import { intlConfig } from "./intl-server";
import { renderInLocale } from "./render-in-locale";

/**
 * Server components as HTML, outside Next.js: async components (which react-dom/server
 * cannot render) are awaited here first, wherever they sit in the tree (as children,
 * fallbacks or other element props); the rest renders with renderInLocale, in the
 * language intl-server's readAs chose, so useTranslations/useFormatter read it too.
 */
export async function renderServer(node: ReactNode): Promise<string> {
  return renderInLocale(intlConfig().locale, <>{await resolveAsync(node)}</>);
}

/** The visible text (and nothing of the markup), whitespace collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&nbsp;/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

type AnyComponent = (props: unknown) => unknown;

async function resolveAsync(node: ReactNode): Promise<ReactNode> {
  if (Array.isArray(node)) return Promise.all(node.map(resolveAsync));
  if (!isValidElement(node)) return node;
  const type = node.type as unknown;
  if (typeof type === "function" && type.constructor.name === "AsyncFunction") {
    return resolveAsync((await (type as AnyComponent)(node.props)) as ReactNode);
  }
  const { children, ...props } = node.props as Record<string, unknown>;
  const resolved: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(props)) {
    if (isValidElement(value) || Array.isArray(value)) {
      resolved[name] = await resolveAsync(value as ReactNode);
    }
  }
  // JSX children stay separate arguments, so React sees them as written, not as a list.
  const resolvedChildren = Array.isArray(children)
    ? await Promise.all(children.map((child) => resolveAsync(child as ReactNode)))
    : [await resolveAsync(children as ReactNode)];
  return children === undefined
    ? cloneElement(node, resolved)
    : cloneElement(node, resolved, ...resolvedChildren);
}
