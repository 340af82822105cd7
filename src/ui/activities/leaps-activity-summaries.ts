import { SEEDED_DEFAULT_POINTS } from "@/server/activities/points-rules";
import { pointsRuleSummary } from "@/server/activities/points-wording";

/**
 * The five LEAPS activities as the home page explains them, their points worded by the
 * point rules (docs/product.md §3). The home page is static (no database), so it quotes the
 * seeded default points, not an admin's later changes.
 */
export const leapsActivitySummaries = [
  {
    letter: "L",
    name: "Learn",
    summary: "Complete the online AI courses; completions are credited automatically.",
    points: pointsRuleSummary.LEARN(SEEDED_DEFAULT_POINTS.LEARN),
  },
  {
    letter: "E",
    name: "Explore",
    summary: "Use AI in a real lesson with your class and reflect on what happened.",
    points: pointsRuleSummary.EXPLORE(SEEDED_DEFAULT_POINTS.EXPLORE),
  },
  {
    letter: "A",
    name: "Amplify",
    summary: "Train fellow teachers and students in what you have learned.",
    points: pointsRuleSummary.AMPLIFY(),
  },
  {
    letter: "P",
    name: "Present",
    summary: "Share your story publicly, for example in a LinkedIn post.",
    points: pointsRuleSummary.PRESENT(SEEDED_DEFAULT_POINTS.PRESENT),
  },
  {
    letter: "S",
    name: "Shine",
    summary: "Submit an innovation idea for your classroom or school.",
    points: pointsRuleSummary.SHINE(),
  },
] as const;

export type LeapsActivitySummary = (typeof leapsActivitySummaries)[number];
