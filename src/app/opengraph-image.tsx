import { ImageResponse } from "next/og";
import { SHARE_CARD_SIZE, ShareCard } from "@/ui/layout/share-card";

export const alt = "LEAPS Tracker: Learn, Explore, Amplify, Present, Shine";
export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";

/** The site's shared-link picture, drawn once at build time. */
export default function OpenGraphImage() {
  return new ImageResponse(
    <ShareCard
      eyebrow="An educator programme"
      title="Learn, share and shine with AI in class"
      lines={["Submit evidence, earn points and badges, climb the leaderboard."]}
    />,
    size,
  );
}
