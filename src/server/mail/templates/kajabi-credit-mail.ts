import type { MailTemplate } from "../mail-template";
import { joinNames, notificationFooter, renderMail } from "../mail-layout";

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
    const id = context.locale === "id";
    return renderMail(
      {
        subject: id
          ? `Kursus selesai: +${data.points} poin Learn`
          : `Course completed: +${data.points} Learn points`,
        greeting: id ? `Halo ${data.name},` : `Hello ${data.name},`,
        paragraphs: [
          id
            ? `Kami mencatat penyelesaian kursus Anda (${data.course}) dan menambahkan ${data.points} poin Learn.`
            : `We recorded your course completion (${data.course}) and credited ${data.points} Learn points.`,
          ...(data.badges.length > 0
            ? [
                id
                  ? `Anda juga mendapatkan lencana baru: ${joinNames(data.badges, "id")}.`
                  : `You also earned: ${joinNames(data.badges, "en")}.`,
              ]
            : []),
        ],
        action: {
          label: id ? "Lihat poin Anda" : "See your points",
          url: `${context.appUrl}/dashboard`,
        },
        footer: notificationFooter(context),
      },
      context,
    );
  },
};
