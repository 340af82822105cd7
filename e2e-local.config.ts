import base from "./playwright.config";
// Local only (not committed): the shared 2-core machine builds slowly.
export default { ...base, webServer: { ...(base.webServer as object), timeout: 1_200_000 } };
