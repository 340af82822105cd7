import {
  AMPLIFY_MAX_PEERS,
  AMPLIFY_MAX_STUDENTS,
  AMPLIFY_POINTS_PER_PEER,
  AMPLIFY_POINTS_PER_STUDENT,
  AMPLIFY_WINDOW_WORDING,
} from "./amplify-rules";
import { LEARN_POINTS_PER_COURSE } from "./points-rules";

/**
 * Each activity's point rule in the words shown to educators and reviewers, built from
 * the rule values; `defaultPoints` is the activity's default_points (LEARN's cap).
 */
export const pointsRuleText = {
  LEARN: (cap: number) =>
    `Up to ${cap} points in all: ${LEARN_POINTS_PER_COURSE} for each course the course platform reports completed, ` +
    `and an approved certificate brings Learn to the full ${cap}.`,
  EXPLORE: (defaultPoints: number) =>
    `${defaultPoints} points for your first approved Explore; later ones are recognised without points.`,
  AMPLIFY: () =>
    `${AMPLIFY_POINTS_PER_PEER} points per peer and ${AMPLIFY_POINTS_PER_STUDENT} per student trained, ` +
    `for at most ${AMPLIFY_MAX_PEERS} peers and ${AMPLIFY_MAX_STUDENTS} students across your sessions ` +
    `${AMPLIFY_WINDOW_WORDING} each session.`,
  PRESENT: (defaultPoints: number) =>
    `${defaultPoints} points for your first approved Present; later ones are recognised without points.`,
  SHINE: () => "Recognition (the Shine Star badge), no points.",
} satisfies Record<string, (defaultPoints: number) => string>;

/** The same rules in a few words, for the home page's activity cards. */
export const pointsRuleSummary = {
  LEARN: (cap: number) =>
    `Up to ${cap} points: ${LEARN_POINTS_PER_COURSE} per completed course, or all ${cap} with an approved certificate`,
  EXPLORE: (defaultPoints: number) => `${defaultPoints} points for your first approved Explore`,
  AMPLIFY: () =>
    `${AMPLIFY_POINTS_PER_PEER} points per peer, ${AMPLIFY_POINTS_PER_STUDENT} per student trained`,
  PRESENT: (defaultPoints: number) => `${defaultPoints} points for your first approved Present`,
  SHINE: () => "Recognition badge, no points",
} satisfies Record<string, (defaultPoints: number) => string>;
