import { z } from "zod";

/** The hook events this app registers: course tags arrive as tags added to a contact. */
export const LEAPS_HOOK_EVENTS = ["tag_added", "tag_removed"] as const;

/** A hook resource as Kajabi's API returns it (JSON:API), reduced to what we use. */
export const kajabiHookResource = z
  .object({
    id: z.union([z.string().min(1), z.number()]).transform(String),
    attributes: z.object({ event: z.string(), target_url: z.string() }),
  })
  .transform(({ id, attributes }) => ({
    id,
    event: attributes.event,
    targetUrl: attributes.target_url,
  }));

export type KajabiHook = z.output<typeof kajabiHookResource>;
