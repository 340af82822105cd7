import { createTranslator } from "use-intl/core";
import { serverIntl } from "@/i18n/server-intl";
import { notificationFooter, renderMail } from "../mail-layout";
import type { MailTemplate } from "../mail-template";

export type BadgeEarnedData = { name: string; badge: string };

/** A badge earned outside a review (Kajabi credit, an admin's award, an adjustment). */
export const badgeEarnedMail: MailTemplate<BadgeEarnedData> = {
  name: "badge-earned",
  category: "notification",
  render(data, context) {
    const t = createTranslator({ ...serverIntl(context.locale), namespace: "mail.badgeEarned" });
    return renderMail(
      {
        subject: t("subject", { badge: data.badge }),
        name: data.name,
        paragraphs: [t("body", { badge: data.badge, programme: context.programmeName })],
        action: { label: t("action"), url: `${context.appUrl}/dashboard` },
        footer: notificationFooter(context),
      },
      context,
    );
  },
};
