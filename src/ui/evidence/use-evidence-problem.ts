import { useTranslations } from "next-intl";
import type { ActivityCode } from "@/server/activities/activity-canon";
import { checkLocalDate } from "@/i18n/parse-local-date";
import { useDateProblem } from "@/ui/forms/date-field";
import { evidenceDateBounds } from "./evidence-date-bounds";
import type { DescribeEvidenceIssue } from "./evidence-errors";
import { EVIDENCE_FIELDS } from "./evidence-field-specs";

/**
 * The evidence form's own words for what the activity's schema refuses, so the browser
 * speaks the reader's language before the server is asked: by the kind of issue (too
 * short, too many, not a whole number) and, for the schema's custom rules, by field.
 * Dates are judged as typed (day first) against the same bounds the schema uses.
 */
export function useEvidenceProblem(activity: ActivityCode): DescribeEvidenceIssue {
  const t = useTranslations("evidence.errors");
  const dateProblem = useDateProblem();
  return (field, issue, typed) => {
    const spec = EVIDENCE_FIELDS[activity].find((candidate) => candidate.name === field);
    if (spec?.kind === "date") {
      const { problem } = checkLocalDate(typed, evidenceDateBounds(activity)[field]);
      if (problem === "tooLate") return t("future");
      if (problem === "tooEarly") return t("tooOld", { days: spec.maxAgeDays ?? 0 });
      if (problem) return dateProblem(problem);
    }
    switch (issue.code) {
      case "too_small":
        return issue.origin === "string"
          ? t("tooShort", { min: Number(issue.minimum) })
          : t("numberTooSmall", { min: Number(issue.minimum) });
      case "too_big":
        if (issue.origin === "string") return t("tooLong", { max: Number(issue.maximum) });
        if (field === "peersTrained") return t("tooManyPeers", { max: Number(issue.maximum) });
        if (field === "studentsTrained")
          return t("tooManyStudents", { max: Number(issue.maximum) });
        return t("numberTooBig", { max: Number(issue.maximum) });
      case "invalid_type":
        return spec?.kind === "number" ? t("wholeNumber") : t("invalid");
      case "custom":
        if (field === "peersTrained") return t("peersOrStudents");
        if (field === "linkedinUrl") return t("linkedin");
        return t("invalid");
      default:
        return t("invalid");
    }
  };
}
