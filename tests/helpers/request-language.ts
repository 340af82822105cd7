import { vi } from "vitest";

/**
 * Server actions answer in the language of the request that sent them, which they read
 * from next/headers (the NEXT_LOCALE cookie, Accept-Language). Integration tests call
 * actions without a request, so they mock next/headers with `requestLanguageHeaders()`
 * and say which language the page spoke by setting `requestLanguage`:
 *
 *   vi.mock("next/headers", async () =>
 *     (await import("../helpers/request-language")).requestLanguageHeaders());
 *   requestLanguage.cookie = "id";
 */
export const requestLanguage: { cookie?: string; acceptLanguage?: string } = {};

export async function requestLanguageHeaders() {
  const actual = await vi.importActual<typeof import("next/headers")>("next/headers");
  return {
    ...actual,
    cookies: async () => ({
      get: (name: string) =>
        name === "NEXT_LOCALE" && requestLanguage.cookie !== undefined
          ? { name, value: requestLanguage.cookie }
          : undefined,
    }),
    headers: async () => {
      const headers = new Headers();
      if (requestLanguage.cookie !== undefined)
        headers.set("cookie", `NEXT_LOCALE=${requestLanguage.cookie}`);
      if (requestLanguage.acceptLanguage !== undefined) {
        headers.set("accept-language", requestLanguage.acceptLanguage);
      }
      return headers;
    },
  };
}
