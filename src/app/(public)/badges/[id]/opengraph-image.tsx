import { ImageResponse } from "next/og";
import { getTranslations } from "next-intl/server";
import { SHARE_CARD_SIZE, ShareCard } from "@/ui/layout/share-card";
import { shareCardAlt } from "@/ui/share/share-card-alt";
import { loadBadge } from "./load-badge";

export const alt = shareCardAlt("badgeAlt");
export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";

/** A badge page's shared-link picture: the badge, and its recipient only when public. */
export default async function BadgeOpenGraphImage({ params }: { params: Promise<{ id: string }> }) {
  const [badge, t] = await Promise.all([loadBadge((await params).id), getTranslations("og")]);
  if (!badge) {
    return new ImageResponse(
      <ShareCard eyebrow={t("badgeEyebrow")} title="LEAPS Tracker" lines={[]} />,
      size,
    );
  }
  return new ImageResponse(
    <ShareCard
      eyebrow={badge.revokedAt ? t("revokedBadge") : t("verifiedBadge")}
      title={`★ ${badge.badge.name}`}
      lines={[
        badge.recipient ? t("earnedBy", { name: badge.recipient.name }) : badge.badge.narrative,
      ]}
    />,
    size,
  );
}
