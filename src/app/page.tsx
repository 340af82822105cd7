import { HomeHero } from "@/ui/home-hero";
import { HowToStart } from "@/ui/how-to-start";
import { LeapsActivityGrid } from "@/ui/leaps-activity-grid";

// The page itself reads no data. The header's account menu reads the session, so it
// renders per request; for a visitor without a session cookie that touches no database.
export default function HomePage() {
  return (
    <>
      <HomeHero />
      <LeapsActivityGrid />
      <HowToStart />
    </>
  );
}
