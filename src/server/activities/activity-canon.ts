import type { z } from "zod";
import {
  amplifyPayload,
  explorePayload,
  learnPayload,
  presentPayload,
  shinePayload,
} from "./activity-payloads";
import { SEEDED_DEFAULT_POINTS } from "./points-rules";
import { pointsRuleText } from "./points-wording";

export const ACTIVITY_CODES = ["LEARN", "EXPLORE", "AMPLIFY", "PRESENT", "SHINE"] as const;
export type ActivityCode = (typeof ACTIVITY_CODES)[number];

export type UploadType = "application/pdf" | "image/jpeg" | "image/png" | "image/webp";
export const ALL_UPLOAD_TYPES: UploadType[] = [
  "application/pdf",
  "image/jpeg",
  "image/png",
  "image/webp",
];
const IMAGES: UploadType[] = ["image/jpeg", "image/png", "image/webp"];

export interface ActivityRules {
  code: ActivityCode;
  payload: z.ZodType;
  attachments: { min: number; max: number; types: UploadType[]; label: string };
  /** How points are earned, quoting the seeded default points (see pointsRuleText). */
  pointsRule: string;
}

type AttachmentRules = ActivityRules["attachments"];

const PAYLOADS: Record<ActivityCode, z.ZodType> = {
  LEARN: learnPayload,
  EXPLORE: explorePayload,
  AMPLIFY: amplifyPayload,
  PRESENT: presentPayload,
  SHINE: shinePayload,
};

const ATTACHMENTS: Record<ActivityCode, AttachmentRules> = {
  LEARN: { min: 1, max: 1, types: ALL_UPLOAD_TYPES, label: "the course certificate" },
  EXPLORE: { min: 1, max: 5, types: ALL_UPLOAD_TYPES, label: "evidence from the class" },
  AMPLIFY: { min: 1, max: 5, types: ALL_UPLOAD_TYPES, label: "attendance proof" },
  PRESENT: { min: 0, max: 1, types: IMAGES, label: "an image of the post" },
  SHINE: { min: 0, max: 3, types: ALL_UPLOAD_TYPES, label: "supporting files" },
};

/** The five activities (docs/product.md §3): evidence, attachments and the point rule of each. */
export const ACTIVITY_CANON = Object.fromEntries(
  ACTIVITY_CODES.map((code) => [
    code,
    {
      code,
      payload: PAYLOADS[code],
      attachments: ATTACHMENTS[code],
      pointsRule: pointsRuleText[code](SEEDED_DEFAULT_POINTS[code]),
    },
  ]),
) as Record<ActivityCode, ActivityRules>;

export function isActivityCode(value: string): value is ActivityCode {
  return (ACTIVITY_CODES as readonly string[]).includes(value);
}

/**
 * What is wrong with the number of attached files, or undefined when it fits: one
 * wording for the form (before sending) and the server (which decides).
 */
export function attachmentCountProblem(activity: ActivityCode, count: number): string | undefined {
  const rules = ACTIVITY_CANON[activity].attachments;
  if (count >= rules.min && count <= rules.max) return undefined;
  const range = rules.min === rules.max ? `exactly ${rules.min}` : `${rules.min} to ${rules.max}`;
  return `Attach ${range} file${rules.max === 1 ? "" : "s"}: ${rules.label}.`;
}
