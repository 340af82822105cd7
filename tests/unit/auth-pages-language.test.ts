/**
 * The sign-in and account pages, the verify-email banner and the unsubscribe page in both
 * languages (docs/product.md §14). Pages are rendered as Next.js would, with next-intl's
 * server API answering from the catalogue in the chosen language (as the request config
 * does for NEXT_LOCALE / Accept-Language); the signed-in person is a test double.
 */
import { createElement, type ReactNode } from "react";
import { describe, expect, test, vi } from "vitest";
import type { Locale } from "../../src/i18n/locales";
import { catalogues } from "../../src/i18n/messages";
import { flattenCatalogue } from "../helpers/catalogue-keys";
import { renderPageInLocale } from "../helpers/render-in-locale";

const current = vi.hoisted(() => ({
  user: null as null | { id: string; name: string; email: string; role: string },
}));

vi.mock("../../src/server/auth/page-guards", () => ({
  getPageUser: async () => current.user,
  signInUrl: (next: string) => next,
}));
vi.mock("../../src/server/accounts/read-own-settings", () => ({
  readOwnSettings: async () => ({ emailVerified: false, publicProfile: true }),
}));

const { default: SignInPage } = await import("../../src/app/(auth)/sign-in/page");
const { default: SignUpPage } = await import("../../src/app/(auth)/sign-up/page");
const { default: ForgotPasswordPage } = await import("../../src/app/(auth)/forgot-password/page");
const { default: ResetPasswordPage } = await import("../../src/app/(auth)/reset-password/page");
const { default: VerifyEmailPage } = await import("../../src/app/(auth)/verify-email/page");
const { default: DeleteAccountPage } = await import("../../src/app/(auth)/delete-account/page");
const { default: AccountDeletedPage } = await import("../../src/app/(auth)/account-deleted/page");
const { SignInUnavailable } = await import("../../src/app/(auth)/sign-in-unavailable");
const { default: UnsubscribePage } = await import("../../src/app/(public)/unsubscribe/page");
const { VerifyEmailBanner } = await import("../../src/ui/auth/verify-email-banner");

type Params = Record<string, string>;
const params = (values: Params = {}) => ({ searchParams: Promise.resolve(values) });

/** What each page shows, for every state worth seeing, as HTML. */
const renders: Record<string, () => Promise<ReactNode>> = {
  signIn: () => SignInPage(params({ reset: "done" })),
  signUp: () => SignUpPage(params()),
  forgotPassword: async () => ForgotPasswordPage(),
  resetPassword: () => ResetPasswordPage(params({ token: "t".repeat(43) })),
  resetPasswordNoToken: () => ResetPasswordPage(params()),
  verifyConfirm: () => VerifyEmailPage(params({ token: "t".repeat(43) })),
  verifySignedOut: () => VerifyEmailPage(params()),
  verifyTooSoon: async () => {
    current.user = {
      id: "user_1",
      name: "Siti Aminah",
      email: "siti@sekolah.sch.id",
      role: "PARTICIPANT",
    };
    return VerifyEmailPage(params({ outcome: "too-soon" }));
  },
  verifyExpired: () => VerifyEmailPage(params({ outcome: "expired" })),
  banner: async () => {
    current.user = {
      id: "user_1",
      name: "Siti Aminah",
      email: "siti@sekolah.sch.id",
      role: "PARTICIPANT",
    };
    return VerifyEmailBanner({ resend: async () => {} });
  },
  deleteAccount: () => DeleteAccountPage(params({ token: "t".repeat(43) })),
  deleteAccountIncomplete: () => DeleteAccountPage(params()),
  accountDeleted: async () => createElement(AccountDeletedPage),
  unavailable: () => SignInUnavailable(),
  unsubscribeAsk: () => UnsubscribePage(params({ token: "u".repeat(43) })),
  unsubscribeDone: () => UnsubscribePage(params({ done: "1" })),
  unsubscribeInvalid: () => UnsubscribePage(params({ invalid: "1" })),
  unsubscribeNoToken: () => UnsubscribePage(params()),
};

async function render(page: string, locale: Locale): Promise<string> {
  current.user = null; // a signed-out visitor unless the page's render says otherwise
  const { html } = await renderPageInLocale(locale, renders[page]!);
  return html
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

/** This area's messages that read differently in the two languages, without markup. */
const ownMessages = (locale: Locale) => {
  const english = flattenCatalogue(catalogues.en);
  const chosen = flattenCatalogue(catalogues[locale]);
  return [...chosen]
    .filter(([key]) => /^(auth|account|unsubscribe)\./.test(key))
    .filter(([key, text]) => locale === "en" || english.get(key) !== text)
    .map(([, text]) => text);
};
/** The plain stretches of a message (sentences between arguments and tags) worth looking for. */
const fragments = (message: string) =>
  message
    .split(/<[^>]+>|\{[^}]+\}|(?<=[.?!:;])\s+/)
    .map((part) => part.trim())
    .filter((part) => part.length >= 12);

describe.each(Object.keys(renders))("%s", (page) => {
  test("in Bahasa Indonesia: Indonesian words, none of the English ones", async () => {
    const html = await render(page, "id");
    const englishLeft = ownMessages("en")
      .flatMap(fragments)
      .filter((fragment) => html.includes(fragment));
    expect(englishLeft).toEqual([]);
    const indonesian = ownMessages("id")
      .flatMap(fragments)
      .filter((fragment) => html.includes(fragment));
    expect(indonesian.length).toBeGreaterThan(0);
  });

  test("in English: English words, none of the Indonesian ones", async () => {
    const html = await render(page, "en");
    const indonesianLeft = ownMessages("id")
      .flatMap(fragments)
      .filter((fragment) => html.includes(fragment));
    expect(indonesianLeft).toEqual([]);
  });
});

test("the pages say what the product says, in each language", async () => {
  expect(await render("signIn", "id")).toContain("Baru di LEAPS? <a");
  expect(await render("signIn", "id")).toContain('href="/sign-up"');
  expect(await render("signIn", "en")).toContain(
    "Your password is changed and every session has ended.",
  );
  expect(await render("verifyTooSoon", "id")).toContain("Tautan baru saja dikirim");
  expect(await render("verifyTooSoon", "id")).toContain(
    'Dikirim ke <span class="font-medium wrap-anywhere">siti@sekolah.sch.id</span>.',
  );
  expect(await render("banner", "id")).toContain('aria-label="Konfirmasi email"');
  expect(await render("banner", "en")).toContain(
    '<strong class="font-semibold">Please confirm your email address.</strong>',
  );
  expect(await render("resetPasswordNoToken", "id")).toMatch(
    /<a [^>]*href="\/forgot-password"[^>]*>minta tautan baru<\/a>\.<\/p>/,
  );
  expect(await render("unsubscribeDone", "id")).toContain(">Pengaturan</a>");
  expect(await render("signUp", "id")).toContain("Minimal 10 karakter.");
});
