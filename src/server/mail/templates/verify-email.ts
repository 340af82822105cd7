import { createTranslator } from "use-intl/core";
import { serverIntl } from "@/i18n/server-intl";
import { renderMail } from "../mail-layout";
import type { MailTemplate } from "../mail-template";

export type VerifyEmailData = { name: string; email: string; token: string };

/** The link that proves a person owns their email (docs/product.md §2), in their language. */
export const verifyEmailTemplate: MailTemplate<VerifyEmailData> = {
  name: "verify-email",
  category: "account",
  render(data, context) {
    const t = createTranslator({ ...serverIntl(context.locale), namespace: "mail.verifyEmail" });
    const programme = context.programmeName;
    return renderMail(
      {
        subject: t("subject", { programme }),
        name: data.name,
        paragraphs: [t("body", { email: data.email, programme }), t("expiry")],
        action: {
          label: t("action"),
          url: `${context.appUrl}/verify-email?token=${encodeURIComponent(data.token)}`,
        },
        footer: t("footer"),
      },
      context,
    );
  },
};
