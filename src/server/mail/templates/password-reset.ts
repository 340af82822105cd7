import { createTranslator } from "use-intl/core";
import { serverIntl } from "@/i18n/server-intl";
import { renderMail } from "../mail-layout";
import type { MailTemplate } from "../mail-template";

export type PasswordResetData = { name: string; token: string };

/** The link to choose a new password (docs/product.md §2), in the person's language. */
export const passwordResetTemplate: MailTemplate<PasswordResetData> = {
  name: "password-reset",
  category: "account",
  render(data, context) {
    const t = createTranslator({ ...serverIntl(context.locale), namespace: "mail.passwordReset" });
    const programme = context.programmeName;
    return renderMail(
      {
        subject: t("subject", { programme }),
        name: data.name,
        paragraphs: [t("body", { programme }), t("expiry")],
        action: {
          label: t("action"),
          url: `${context.appUrl}/reset-password?token=${encodeURIComponent(data.token)}`,
        },
        footer: t("footer"),
      },
      context,
    );
  },
};
