import { renderMail } from "../mail-layout";
import type { MailTemplate } from "../mail-template";

export type PasswordResetData = { name: string; token: string };

/** The link to choose a new password (docs/product.md §2), in the person's language. */
export const passwordResetTemplate: MailTemplate<PasswordResetData> = {
  name: "password-reset",
  category: "account",
  render(data, context) {
    const url = `${context.appUrl}/reset-password?token=${encodeURIComponent(data.token)}`;
    const p = context.programmeName;
    if (context.locale === "id") {
      return renderMail(
        {
          subject: `Atur ulang kata sandi ${p} Anda`,
          greeting: `Halo ${data.name},`,
          paragraphs: [
            `Ada permintaan untuk mengatur ulang kata sandi akun ${p} Anda.`,
            "Tautan ini hanya bisa dipakai satu kali dan berlaku selama 1 jam. Setelah kata sandi diganti, Anda akan keluar dari semua perangkat.",
          ],
          action: { label: "Buat kata sandi baru", url },
          footer: "Jika Anda tidak memintanya, abaikan email ini: kata sandi Anda tetap sama.",
        },
        context,
      );
    }
    return renderMail(
      {
        subject: `Reset your ${p} password`,
        greeting: `Hello ${data.name},`,
        paragraphs: [
          `Someone asked to reset the password of your ${p} account.`,
          "The link works once and expires in 1 hour. Once the password is changed, you are signed out everywhere.",
        ],
        action: { label: "Choose a new password", url },
        footer: "If you did not ask for this, ignore this email: your password stays as it is.",
      },
      context,
    );
  },
};
