import { renderMail } from "../mail-layout";
import type { MailTemplate } from "../mail-template";

export type VerifyEmailData = { name: string; email: string; token: string };

/** The link that proves a person owns their email (docs/product.md §2), in their language. */
export const verifyEmailTemplate: MailTemplate<VerifyEmailData> = {
  name: "verify-email",
  category: "account",
  render(data, context) {
    const url = `${context.appUrl}/verify-email?token=${encodeURIComponent(data.token)}`;
    const p = context.programmeName;
    if (context.locale === "id") {
      return renderMail(
        {
          subject: `Konfirmasi alamat email Anda untuk ${p}`,
          greeting: `Halo ${data.name},`,
          paragraphs: [
            `Mohon konfirmasi bahwa ${data.email} adalah alamat email Anda. Setelah dikonfirmasi, kredit kursus Kajabi Anda dapat dicatat di ${p}.`,
            "Tautan ini hanya bisa dipakai satu kali dan berlaku selama 48 jam.",
          ],
          action: { label: "Konfirmasi email saya", url },
          footer: "Jika Anda tidak membuat akun, abaikan saja email ini.",
        },
        context,
      );
    }
    return renderMail(
      {
        subject: `Confirm your email address for ${p}`,
        greeting: `Hello ${data.name},`,
        paragraphs: [
          `Please confirm that ${data.email} is your email address. Once it is confirmed, your Kajabi course credit can be recorded in ${p}.`,
          "The link works once and expires in 48 hours.",
        ],
        action: { label: "Confirm my email", url },
        footer: "If you did not create an account, you can ignore this email.",
      },
      context,
    );
  },
};
