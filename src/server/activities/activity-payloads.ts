import { z } from "zod";
import { errorKey } from "../messages/error-text";
import { AMPLIFY_MAX_PEERS, AMPLIFY_MAX_STUDENTS } from "./amplify-rules";
import { daysAgo, pastDate } from "./dates";
import { isLinkedInUrl } from "./linkedin-url";

// These schemas also validate in the browser, where the Content-Security-Policy forbids
// eval: without this, zod probes `new Function` on its first object parse and the browser
// reports a CSP violation (zod then falls back to this same interpreted mode).
z.config({ jitless: true });

/**
 * The evidence each activity asks for (docs/product.md §3): one schema per activity, used by the
 * forms, the API and review alike. Text is stored as given and escaped on output.
 */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value ? value : undefined));

const textBetween = (min: number, max: number) => z.string().trim().min(min).max(max);

export const learnPayload = z
  .object({
    provider: textBetween(2, 100),
    courseName: textBetween(2, 200),
    completedAt: pastDate,
  })
  .strict();

export const explorePayload = z
  .object({
    reflection: textBetween(150, 5000),
    classDate: pastDate,
    aiTool: optionalText(100),
    school: optionalText(200),
  })
  .strict();

export const AMPLIFY_MAX_AGE_DAYS = 90;

export const amplifyPayload = z
  .object({
    peersTrained: z
      .number()
      .int(errorKey("errors.validation.useWholeNumber"))
      .min(0)
      .max(AMPLIFY_MAX_PEERS, errorKey("errors.validation.peersPerSession")),
    studentsTrained: z
      .number()
      .int(errorKey("errors.validation.useWholeNumber"))
      .min(0)
      .max(AMPLIFY_MAX_STUDENTS, errorKey("errors.validation.studentsPerSession")),
    sessionDate: pastDate.refine((value) => value >= daysAgo(AMPLIFY_MAX_AGE_DAYS), {
      message: errorKey("errors.validation.sessionTooOld"),
      params: { days: AMPLIFY_MAX_AGE_DAYS },
    }),
    sessionTitle: optionalText(200),
    location: optionalText(200),
    notes: optionalText(2000),
  })
  .strict()
  .refine((value) => value.peersTrained > 0 || value.studentsTrained > 0, {
    message: errorKey("errors.validation.peersOrStudents"),
    path: ["peersTrained"],
  });

export const presentPayload = z
  .object({
    linkedinUrl: z
      .string()
      .trim()
      .max(2000)
      .refine(isLinkedInUrl, errorKey("errors.validation.linkedinUrl")),
    caption: textBetween(10, 2000),
  })
  .strict();

export const shinePayload = z
  .object({
    ideaTitle: textBetween(4, 200),
    ideaSummary: textBetween(50, 5000),
  })
  .strict();

export type LearnPayload = z.infer<typeof learnPayload>;
export type ExplorePayload = z.infer<typeof explorePayload>;
export type AmplifyPayload = z.infer<typeof amplifyPayload>;
export type PresentPayload = z.infer<typeof presentPayload>;
export type ShinePayload = z.infer<typeof shinePayload>;
