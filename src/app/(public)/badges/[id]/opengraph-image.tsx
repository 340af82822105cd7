import { ImageResponse } from "next/og";
import { SHARE_CARD_SIZE, ShareCard } from "@/ui/layout/share-card";
import { loadBadge } from "./load-badge";

export const alt = "A LEAPS Tracker badge";
export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";

/** A badge page's shared-link picture: the badge, and its recipient only when public. */
export default async function BadgeOpenGraphImage({ params }: { params: Promise<{ id: string }> }) {
  const badge = await loadBadge((await params).id);
  if (!badge) {
    return new ImageResponse(<ShareCard eyebrow="Badge" title="LEAPS Tracker" lines={[]} />, size);
  }
  return new ImageResponse(
    <ShareCard
      eyebrow={badge.revokedAt ? "Revoked badge" : "Verified badge"}
      title={`★ ${badge.badge.name}`}
      lines={[badge.recipient ? `Earned by ${badge.recipient.name}` : badge.badge.narrative]}
    />,
    size,
  );
}
