import { useFormatter, useTranslations } from "next-intl";
import type { ActivityCode } from "@/server/activities/activity-canon";
import { typeNames } from "./upload-types";
import type { UploadRules } from "./use-uploads";

/**
 * An activity's attachment rules in the reader's words: the picker's description
 * ("Evidence from the class: 1 to 5 files. PDF, JPEG, PNG or WebP, up to 10 MB each.")
 * and what is wrong with a count of files, as the form says it before sending
 * (attachmentCountProblem is the server's check of the same rule).
 */
export function useAttachmentRulesText(activity: ActivityCode, rules: UploadRules) {
  const t = useTranslations("evidence.attachments");
  const format = useFormatter();
  const what = t(`what.${activity}`);
  const whatTitle = t(`whatTitle.${activity}`);
  const types = typeNames(format, rules.types);
  return {
    types,
    count:
      rules.min === rules.max
        ? t("exactly", { what: whatTitle, max: rules.max })
        : rules.min === 0
          ? t("upTo", { what: whatTitle, max: rules.max })
          : t("between", { what: whatTitle, min: rules.min, max: rules.max }),
    problem(count: number): string | undefined {
      if (count >= rules.min && count <= rules.max) return undefined;
      return rules.min === rules.max
        ? t("attachExactly", { what, max: rules.max })
        : t("attachBetween", { what, min: rules.min, max: rules.max });
    },
  };
}
