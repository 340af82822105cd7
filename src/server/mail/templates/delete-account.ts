import { renderMail } from "../mail-layout";
import type { MailLocale, MailTemplate } from "../mail-template";

export interface DeleteAccountData {
  name: string;
  token: string;
}

const WORDS: Record<
  MailLocale,
  { subject: string; hello: string; body: string; button: string; ignore: string }
> = {
  en: {
    subject: "Confirm deleting your account",
    hello: "Hello",
    body: "You asked to delete your account. Open this link within an hour and press the button to confirm. Your points stay in the programme's totals; your name, email and files are removed.",
    button: "Delete my account",
    ignore: "If you did not ask for this, ignore this message: nothing changes.",
  },
  id: {
    subject: "Konfirmasi penghapusan akun Anda",
    hello: "Halo",
    body: "Anda meminta untuk menghapus akun Anda. Buka tautan ini dalam satu jam dan tekan tombolnya untuk mengonfirmasi. Poin Anda tetap dihitung dalam total program; nama, email, dan berkas Anda dihapus.",
    button: "Hapus akun saya",
    ignore: "Jika Anda tidak memintanya, abaikan pesan ini: tidak ada yang berubah.",
  },
};

/** The mailed confirmation of an account deletion in Clerk mode (docs/product.md §8, §13). */
export const deleteAccountMail: MailTemplate<DeleteAccountData> = {
  name: "delete-account",
  category: "account",
  render(data, context) {
    const words = WORDS[context.locale];
    const link = `${context.appUrl}/delete-account?token=${encodeURIComponent(data.token)}`;
    return renderMail(
      {
        subject: `${words.subject} · ${context.programmeName}`,
        greeting: `${words.hello} ${data.name},`,
        paragraphs: [words.body],
        action: { label: words.button, url: link },
        footer: words.ignore,
      },
      context,
    );
  },
};
