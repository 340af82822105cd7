import { createTranslator } from "use-intl/core";
import { serverIntl } from "@/i18n/server-intl";
import { alsoEarned, notificationFooter, renderMail } from "../mail-layout";
import type { MailTemplate } from "../mail-template";

export type KajabiCreditData = {
  name: string;
  points: number;
  course: string;
  /** Names of the badges this credit earned. */
  badges: string[];
};

/** LEARN points credited for a course completed on Kajabi (docs/product.md §6). */
export const kajabiCreditMail: MailTemplate<KajabiCreditData> = {
  name: "kajabi-credit",
  category: "notification",
  render(data, context) {
    const t = createTranslator({ ...serverIntl(context.locale), namespace: "mail.kajabiCredit" });
    return renderMail(
      {
        subject: t("subject", { points: data.points }),
        name: data.name,
        paragraphs: [
          t("body", { course: data.course, points: data.points }),
          ...alsoEarned(data.badges, context),
        ],
        action: { label: t("action"), url: `${context.appUrl}/dashboard` },
        footer: notificationFooter(context),
      },
      context,
    );
  },
};
