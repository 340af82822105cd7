import type { z } from "zod";
import type { Locale } from "@/i18n/locales";
import { renderErrorText } from "./render-error-text";
import { issueText } from "./zod-issue-text";

/**
 * A ZodError's issues with their messages in `locale`, paths as zod gives them: for pages
 * that show a schema's issues themselves (filter forms) instead of zod's `issues`, whose
 * messages are catalogue keys or zod's English.
 */
export function localizedIssues(
  error: z.ZodError,
  locale: Locale,
): { path: PropertyKey[]; message: string }[] {
  return error.issues.map((issue) => ({
    path: issue.path,
    message: renderErrorText(issueText(issue), locale),
  }));
}
