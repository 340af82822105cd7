import { z } from "zod";
import { profileInput } from "../users/update-own-profile";

/** `PATCH /api/me`: the profile fields, and the public-pages switch (docs/product.md §8). */
export const meInput = profileInput.extend({ publicProfile: z.boolean().optional() }).strict();
export type MeInput = z.infer<typeof meInput>;
