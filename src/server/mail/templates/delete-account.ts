import { createTranslator } from "use-intl/core";
import { serverIntl } from "@/i18n/server-intl";
import { renderMail } from "../mail-layout";
import type { MailTemplate } from "../mail-template";

export interface DeleteAccountData {
  name: string;
  token: string;
}

/** The mailed confirmation of an account deletion in Clerk mode (docs/product.md §8, §13). */
export const deleteAccountMail: MailTemplate<DeleteAccountData> = {
  name: "delete-account",
  category: "account",
  render(data, context) {
    const t = createTranslator({ ...serverIntl(context.locale), namespace: "mail.deleteAccount" });
    return renderMail(
      {
        subject: t("subject", { programme: context.programmeName }),
        name: data.name,
        paragraphs: [t("body")],
        action: {
          label: t("action"),
          url: `${context.appUrl}/delete-account?token=${encodeURIComponent(data.token)}`,
        },
        footer: t("footer"),
      },
      context,
    );
  },
};
