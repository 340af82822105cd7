/** A request's language from its headers (route handlers; the sign-up keeps the asked one). */
import { afterEach, describe, expect, test } from "vitest";
import { askedLocaleFromHeaders, localeFromHeaders } from "../../../src/i18n/headers-locale";

const headers = (values: Record<string, string>) => new Headers(values);

afterEach(() => {
  delete process.env.DEFAULT_LOCALE;
});

describe("the language a request asks for", () => {
  test("NEXT_LOCALE wins over Accept-Language", () => {
    const asked = headers({ cookie: "a=1; NEXT_LOCALE=en", "accept-language": "id" });
    expect(askedLocaleFromHeaders(asked)).toBe("en");
  });

  test("else the most preferred language we speak, by q-value; `in` is Indonesian", () => {
    expect(askedLocaleFromHeaders(headers({ "accept-language": "fr, en;q=0.5, id;q=0.8" }))).toBe(
      "id",
    );
    expect(askedLocaleFromHeaders(headers({ "accept-language": "in-ID" }))).toBe("id");
    expect(
      askedLocaleFromHeaders(headers({ cookie: "NEXT_LOCALE=xx", "accept-language": "en-GB" })),
    ).toBe("en");
  });

  test("none named: undefined, and DEFAULT_LOCALE for the request's language", () => {
    const silent = headers({ "accept-language": "fr-FR, de;q=0.5" });
    expect(askedLocaleFromHeaders(silent)).toBeUndefined();
    expect(localeFromHeaders(silent)).toBe("en");
    process.env.DEFAULT_LOCALE = "id";
    expect(localeFromHeaders(silent)).toBe("id");
    expect(localeFromHeaders(headers({ "accept-language": "en" }))).toBe("en");
  });
});
