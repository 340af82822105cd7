import { ImageResponse } from "next/og";
import { getTranslations } from "next-intl/server";
import { SHARE_CARD_SIZE, ShareCard } from "@/ui/layout/share-card";
import { shareCardAlt } from "@/ui/share/share-card-alt";

export const alt = shareCardAlt("siteAlt");
export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";

/** The site's shared-link picture, in the language of whoever asks for it. */
export default async function OpenGraphImage() {
  const t = await getTranslations("og");
  return new ImageResponse(
    <ShareCard eyebrow={t("siteEyebrow")} title={t("siteTitle")} lines={[t("siteLine")]} />,
    size,
  );
}
