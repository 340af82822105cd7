import { ImageResponse } from "next/og";
import { SHARE_CARD_SIZE, ShareCard } from "@/ui/layout/share-card";
import { loadProfile } from "./load-profile";

export const alt = "An educator's LEAPS Tracker profile: points, rank and badges";
export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";

/** A profile's shared-link picture: name, school, points, rank and badges (public data only). */
export default async function ProfileOpenGraphImage({
  params,
}: {
  params: Promise<{ handle: string }>;
}) {
  const profile = await loadProfile((await params).handle);
  if (!profile) {
    return new ImageResponse(
      <ShareCard eyebrow="Educator profile" title="LEAPS Tracker" lines={[]} />,
      size,
    );
  }
  const points = `${profile.points.toLocaleString("en")} ${profile.points === 1 ? "point" : "points"}`;
  const rank = profile.rank === null ? "not ranked yet" : `#${profile.rank} all-time`;
  const badges = `${profile.badges.length} ${profile.badges.length === 1 ? "badge" : "badges"}`;
  return new ImageResponse(
    <ShareCard
      eyebrow={profile.school ?? `@${profile.handle}`}
      title={profile.name}
      lines={[`${points} · ${rank} · ${badges}`]}
    />,
    size,
  );
}
