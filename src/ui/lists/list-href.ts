/** A list's filters as they travel in its URL: empty ones are left out. */
export type ListQuery = Record<string, string | undefined>;

/** The list URL for these filters on this page; page 1 and empty filters stay out of it. */
export function listHref(path: string, query: ListQuery, page = 1): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value) search.set(name, value);
  }
  if (page > 1) search.set("page", String(page));
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}
