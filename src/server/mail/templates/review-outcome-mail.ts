import type { MailTemplate } from "../mail-template";
import { activityName, joinNames, notificationFooter, renderMail } from "../mail-layout";

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
    const id = context.locale === "id";
    const activity = activityName(data.activity);
    const greeting = id ? `Halo ${data.name},` : `Hello ${data.name},`;
    const footer = notificationFooter(context);
    if (data.status === "REJECTED") {
      return renderMail(
        {
          subject: id
            ? `Bukti ${activity} Anda perlu diperbaiki`
            : `Your ${activity} evidence needs another look`,
          greeting,
          paragraphs: [
            id
              ? `Peninjau belum dapat menyetujui bukti ${activity} Anda. Catatan peninjau:`
              : `A reviewer could not approve your ${activity} evidence. The reviewer's note:`,
            `“${data.note ?? ""}”`,
            id
              ? "Silakan kirim ulang dengan perbaikan yang diminta."
              : "You are welcome to submit it again with the changes asked for.",
          ],
          action: {
            label: id ? "Kirim lagi" : "Submit again",
            url: `${context.appUrl}/dashboard/submit/${data.activity.toLowerCase()}`,
          },
          footer,
        },
        context,
      );
    }
    const badges = joinNames(data.badges, context.locale);
    return renderMail(
      {
        subject: id
          ? `Bukti ${activity} Anda disetujui: +${data.points} poin`
          : `Your ${activity} evidence was approved: +${data.points} points`,
        greeting,
        paragraphs: [
          id
            ? `Bukti ${activity} Anda telah disetujui dan ${data.points} poin telah ditambahkan.`
            : `Your ${activity} evidence was approved and ${data.points} points were credited.`,
          ...(data.badges.length > 0
            ? [
                id
                  ? `Anda juga mendapatkan lencana baru: ${badges}.`
                  : `You also earned: ${badges}.`,
              ]
            : []),
        ],
        action: {
          label: id ? "Lihat kiriman" : "View your submission",
          url: `${context.appUrl}/dashboard/submissions/${data.submissionId}`,
        },
        footer,
      },
      context,
    );
  },
};
