import { ImageResponse } from "next/og";
import { getTranslations } from "next-intl/server";
import { SHARE_CARD_SIZE, ShareCard } from "@/ui/layout/share-card";
import { shareCardAlt } from "@/ui/share/share-card-alt";
import { loadProfile } from "./load-profile";

export const alt = shareCardAlt("profileAlt");
export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";

/** A profile's shared-link picture: name, school, points, rank and badges (public data only). */
export default async function ProfileOpenGraphImage({
  params,
}: {
  params: Promise<{ handle: string }>;
}) {
  const [profile, t] = await Promise.all([
    loadProfile((await params).handle),
    getTranslations("og"),
  ]);
  if (!profile) {
    return new ImageResponse(
      <ShareCard eyebrow={t("profileEyebrow")} title="LEAPS Tracker" lines={[]} />,
      size,
    );
  }
  const line = t("profileLine", {
    points: profile.points,
    rank: profile.rank === null ? t("notRankedYet") : t("rankAllTime", { rank: profile.rank }),
    badges: profile.badges.length,
  });
  return new ImageResponse(
    <ShareCard
      eyebrow={profile.school ?? `@${profile.handle}`}
      title={profile.name}
      lines={[line]}
    />,
    size,
  );
}
