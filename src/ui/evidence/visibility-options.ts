import type { Visibility } from "@/server/db/schema";

/**
 * The visibilities an educator chooses from, in the order offered; what each means is in
 * the catalogue (`evidence.visibility.<VALUE>`: docs/product.md §8, only approved PUBLIC
 * evidence shows).
 */
export const VISIBILITY_OPTIONS: readonly Visibility[] = ["PRIVATE", "PUBLIC"];
