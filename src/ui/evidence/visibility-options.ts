import type { Visibility } from "@/server/db/schema";

/** What each visibility means for the educator (docs/product.md §8: only approved PUBLIC evidence shows). */
export const VISIBILITY_OPTIONS: { value: Visibility; label: string; description: string }[] = [
  {
    value: "PRIVATE",
    label: "Private",
    description: "Only you and the reviewers see it. Its points still count on the leaderboard.",
  },
  {
    value: "PUBLIC",
    label: "Public",
    description: "Once approved, it appears on your public profile for anyone to see.",
  },
];
