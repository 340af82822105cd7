import { z } from "zod";
import { ACTIVITY_CANON, type ActivityCode } from "@/server/activities/activity-canon";

export interface PayloadFieldLimits {
  optional: boolean;
  minLength?: number;
  maxLength?: number;
  min?: number;
  max?: number;
}

/**
 * The limits of one payload field as the activity's zod schema declares them, for the
 * input's attributes, hints and character counts: the schema stays the only place the
 * numbers are written down.
 */
export function payloadFieldLimits(activity: ActivityCode, field: string): PayloadFieldLimits {
  const schema = ACTIVITY_CANON[activity].payload;
  if (!(schema instanceof z.ZodObject)) return { optional: false };
  let node: unknown = schema.shape[field];
  let optional = false;
  // optionalText() is string → optional → transform; walk down to the string itself.
  for (;;) {
    if (node instanceof z.ZodPipe) node = node.in;
    else if (node instanceof z.ZodOptional) {
      optional = true;
      node = node.unwrap();
    } else break;
  }
  if (node instanceof z.ZodString) {
    return {
      optional,
      minLength: node.minLength ?? undefined,
      maxLength: node.maxLength ?? undefined,
    };
  }
  if (node instanceof z.ZodNumber) {
    return { optional, min: node.minValue ?? undefined, max: node.maxValue ?? undefined };
  }
  return { optional };
}
