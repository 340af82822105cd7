/**
 * The five LEAPS activities as the home page explains them. Points mirror the seeded
 * defaults and rules in docs/product.md §3; the home page is static (no database), so if an admin
 * changes an activity's default points this copy must be updated by hand.
 */
export const leapsActivitySummaries = [
  {
    letter: "L",
    name: "Learn",
    summary: "Complete the online AI courses; completions are credited automatically.",
    points: "10 points per course, up to 20",
  },
  {
    letter: "E",
    name: "Explore",
    summary: "Use AI in a real lesson with your class and reflect on what happened.",
    points: "50 points for your first approved Explore",
  },
  {
    letter: "A",
    name: "Amplify",
    summary: "Train fellow teachers and students in what you have learned.",
    points: "2 points per peer, 1 per student trained",
  },
  {
    letter: "P",
    name: "Present",
    summary: "Share your story publicly, for example in a LinkedIn post.",
    points: "20 points for your first approved Present",
  },
  {
    letter: "S",
    name: "Shine",
    summary: "Submit an innovation idea for your classroom or school.",
    points: "Recognition badge, no points",
  },
] as const;

export type LeapsActivitySummary = (typeof leapsActivitySummaries)[number];
