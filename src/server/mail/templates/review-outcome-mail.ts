import { createTranslator } from "use-intl/core";
import { serverIntl } from "@/i18n/server-intl";
import { activityName, alsoEarned, notificationFooter, renderMail } from "../mail-layout";
import type { MailContext, MailTemplate, RenderedMail } from "../mail-template";

export type ReviewOutcomeData = {
  name: string;
  submissionId: string;
  activity: string;
  status: "APPROVED" | "REJECTED";
  points: number;
  /** Names of the badges this approval earned. */
  badges: string[];
  /** The reviewer's note (required on rejection). */
  note: string | null;
};

/** The outcome of a review (docs/product.md §13): points and badges, or the note and how to resubmit. */
export const reviewOutcomeMail: MailTemplate<ReviewOutcomeData> = {
  name: "review-outcome",
  category: "notification",
  render(data, context) {
    return data.status === "REJECTED" ? rejected(data, context) : approved(data, context);
  },
};

function approved(data: ReviewOutcomeData, context: MailContext): RenderedMail {
  const t = createTranslator({ ...serverIntl(context.locale), namespace: "mail.reviewApproved" });
  const activity = activityName(data.activity);
  return renderMail(
    {
      subject: t("subject", { activity, points: data.points }),
      name: data.name,
      paragraphs: [
        t("body", { activity, points: data.points }),
        ...alsoEarned(data.badges, context),
      ],
      action: {
        label: t("action"),
        url: `${context.appUrl}/dashboard/submissions/${data.submissionId}`,
      },
      footer: notificationFooter(context),
    },
    context,
  );
}

function rejected(data: ReviewOutcomeData, context: MailContext): RenderedMail {
  const t = createTranslator({ ...serverIntl(context.locale), namespace: "mail.reviewRejected" });
  const activity = activityName(data.activity);
  return renderMail(
    {
      subject: t("subject", { activity }),
      name: data.name,
      paragraphs: [t("intro", { activity }), t("note", { note: data.note ?? "" }), t("resubmit")],
      action: {
        label: t("action"),
        url: `${context.appUrl}/dashboard/submit/${data.activity.toLowerCase()}`,
      },
      footer: notificationFooter(context),
    },
    context,
  );
}
