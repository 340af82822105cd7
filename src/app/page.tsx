import { HomeHero } from "@/ui/home-hero";
import { HowToStart } from "@/ui/how-to-start";
import { LeapsActivityGrid } from "@/ui/leaps-activity-grid";

// Static on purpose: the home page reads no data, so it prerenders at build time and
// stays up even when the database is not.
export default function HomePage() {
  return (
    <>
      <HomeHero />
      <LeapsActivityGrid />
      <HowToStart />
    </>
  );
}
