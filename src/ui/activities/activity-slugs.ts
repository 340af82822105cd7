import { ACTIVITY_CODES, type ActivityCode } from "@/server/activities/activity-canon";

/**
 * Activities appear in URLs in lower case (`/dashboard/submit/explore`); the canon's
 * codes stay upper case everywhere else.
 */
function activitySlug(code: ActivityCode): string {
  return code.toLowerCase();
}

/** The activity a URL segment names, or undefined for anything else (a 404). */
export function activityFromSlug(slug: string): ActivityCode | undefined {
  return ACTIVITY_CODES.find((code) => code.toLowerCase() === slug);
}

/** Where an educator submits evidence for an activity. */
export function submitEvidencePath(code: ActivityCode): string {
  return `/dashboard/submit/${activitySlug(code)}`;
}
