import type { MailTemplate } from "../mail-template";
import { notificationFooter, renderMail } from "../mail-layout";

export type BadgeEarnedData = { name: string; badge: string };

/** A badge earned outside a review (Kajabi credit, an admin's award, an adjustment). */
export const badgeEarnedMail: MailTemplate<BadgeEarnedData> = {
  name: "badge-earned",
  category: "notification",
  render(data, context) {
    const id = context.locale === "id";
    return renderMail(
      {
        subject: id ? `Lencana baru: ${data.badge}` : `New badge: ${data.badge}`,
        greeting: id ? `Halo ${data.name},` : `Hello ${data.name},`,
        paragraphs: [
          id
            ? `Selamat! Anda mendapatkan lencana ${data.badge} di ${context.programmeName}.`
            : `Congratulations! You earned the ${data.badge} badge in ${context.programmeName}.`,
        ],
        action: {
          label: id ? "Lihat lencana Anda" : "See your badges",
          url: `${context.appUrl}/dashboard`,
        },
        footer: notificationFooter(context),
      },
      context,
    );
  },
};
