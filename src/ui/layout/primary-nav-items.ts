/** The site's top-level destinations, shared by the desktop nav and the mobile menu. */
export const primaryNavItems = [
  { href: "/", label: "Home" },
  { href: "/leaderboard", label: "Leaderboard" },
  { href: "/metrics", label: "Metrics" },
  { href: "/dashboard", label: "Dashboard" },
] as const;
