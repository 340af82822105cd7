import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files from its package folder at run time,
  // and pg has optional native bindings: both must stay outside the server bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pg"],
  poweredByHeader: false,
  // `next dev` serves its scripts only to localhost unless told otherwise; opening the
  // app at http://127.0.0.1:3000 would then never hydrate.
  allowedDevOrigins: ["127.0.0.1"],
  typedRoutes: false,
  // forbidden() renders src/app/forbidden.tsx with status 403 (requirePageRole).
  experimental: { authInterrupts: true },
};

export default nextConfig;
