/**
 * docs/product.md §14: API error codes stay stable; their messages follow the language of
 * the request (NEXT_LOCALE cookie, then Accept-Language, then DEFAULT_LOCALE).
 */
import { afterEach, describe, expect, test } from "vitest";
import { POST as signUpRoute } from "../../src/app/api/auth/sign-up/route";
import { GET as me } from "../../src/app/api/me/route";
import { GET as profile } from "../../src/app/api/profiles/[handle]/route";
import { call, type CallOptions } from "../helpers/http";
import { setupTestDatabase } from "../helpers/test-database";

setupTestDatabase();

afterEach(() => {
  delete process.env.DEFAULT_LOCALE;
});

const INDONESIAN = { "accept-language": "id-ID,id;q=0.9,en;q=0.8" };

/** A sign-up with a bad email, a short password and no name. */
const badSignUp = (options: CallOptions = {}) =>
  call(signUpRoute, "POST", "/api/auth/sign-up", {
    ...options,
    body: { email: "not-an-email", password: "short" },
  });

const unknownProfile = (options: CallOptions = {}) =>
  call(profile, "GET", "/api/profiles/nobody-here", {
    ...options,
    params: { handle: "nobody-here" },
  });

describe("API errors in the request's language", () => {
  test("English by default: VALIDATION_FAILED with a message per field", async () => {
    const response = await badSignUp();
    expect(response.status).toBe(400);
    expect(response.body.error).toEqual({
      code: "VALIDATION_FAILED",
      message: "Some fields are missing or invalid.",
      details: [
        { path: "email", message: "Enter a valid email address." },
        { path: "password", message: "Use at least 10 characters." },
        { path: "name", message: "Fill in this field." },
      ],
    });
  });

  test("Accept-Language: id gets the same code, status and paths, in Bahasa Indonesia", async () => {
    const response = await badSignUp({ headers: INDONESIAN });
    expect(response.status).toBe(400);
    expect(response.body.error).toEqual({
      code: "VALIDATION_FAILED",
      message: "Beberapa isian belum diisi atau tidak valid.",
      details: [
        { path: "email", message: "Masukkan alamat email yang valid." },
        { path: "password", message: "Gunakan minimal 10 karakter." },
        { path: "name", message: "Wajib diisi." },
      ],
    });
  });

  test("NOT_FOUND and UNAUTHENTICATED in both languages", async () => {
    const english = await unknownProfile();
    const indonesian = await unknownProfile({ headers: INDONESIAN });
    expect([english.status, indonesian.status]).toEqual([404, 404]);
    expect(english.body.error).toEqual({
      code: "NOT_FOUND",
      message: "No educator with that handle.",
    });
    expect(indonesian.body.error).toEqual({
      code: "NOT_FOUND",
      message: "Tidak ada pendidik dengan nama pengguna itu.",
    });

    const signedOut = await call(me, "GET", "/api/me", { headers: INDONESIAN });
    expect(signedOut.status).toBe(401);
    expect(signedOut.body.error).toEqual({
      code: "UNAUTHENTICATED",
      message: "Silakan masuk untuk melanjutkan.",
    });
    expect((await call(me, "GET", "/api/me")).body.error.message).toBe("Sign in to continue.");
  });

  test("the NEXT_LOCALE cookie wins over an English Accept-Language, and the other way round", async () => {
    const byCookie = await unknownProfile({
      cookie: "NEXT_LOCALE=id",
      headers: { "accept-language": "en-GB,en;q=0.9" },
    });
    expect(byCookie.body.error).toEqual({
      code: "NOT_FOUND",
      message: "Tidak ada pendidik dengan nama pengguna itu.",
    });
    const englishCookie = await badSignUp({ cookie: "NEXT_LOCALE=en", headers: INDONESIAN });
    expect(englishCookie.body.error.message).toBe("Some fields are missing or invalid.");
    expect(englishCookie.body.error.details[0].message).toBe("Enter a valid email address.");
  });

  test("without cookie or Accept-Language, DEFAULT_LOCALE decides", async () => {
    process.env.DEFAULT_LOCALE = "id";
    const response = await unknownProfile();
    expect(response.body.error.message).toBe("Tidak ada pendidik dengan nama pengguna itu.");
    const unspoken = await unknownProfile({ headers: { "accept-language": "fr-FR" } });
    expect(unspoken.body.error.message).toBe("Tidak ada pendidik dengan nama pengguna itu.");
  });
});
