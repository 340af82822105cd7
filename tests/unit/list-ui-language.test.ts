/**
 * The shared list UI and the review forms in both languages: numbers through Intl for the
 * locale, Indonesian words for NEXT_LOCALE=id and no English left behind.
 */
import { createElement, type ReactNode } from "react";
import { describe, expect, test } from "vitest";
import { BulkConfirmation } from "../../src/app/admin/review/bulk-confirmation";
import { adminClientMessages } from "../../src/app/admin/admin-client-messages";
import { CLIENT_NAMESPACES } from "../../src/i18n/client-messages";
import { catalogues } from "../../src/i18n/messages";
import { FilterBar } from "../../src/ui/lists/filter-bar";
import { parseFilterDate, showFilterDate } from "../../src/ui/lists/filter-date";
import { PageRange, Pagination } from "../../src/ui/lists/pagination";
import { renderInLocale } from "../helpers/render-in-locale";

/** A component's HTML in one language. */
const render = async (locale: "en" | "id", element: ReactNode) =>
  (await renderInLocale(locale, () => element)).html;

const window = { offset: 20, shown: 20, total: 1234 };
const pages = { ...window, path: "/admin/users", query: { role: "ADMIN" }, page: 2 };

describe("page range and pagination", () => {
  test("English: grouped numbers and English links", async () => {
    expect(await render("en", createElement(PageRange, window))).toContain(
      "Showing 21–40 of 1,234",
    );
    const nav = await render("en", createElement(Pagination, pages));
    expect(nav).toContain('aria-label="Pagination"');
    expect(nav).toContain("Previous page");
    expect(nav).toContain("Next page");
    expect(nav).toContain('href="/admin/users?role=ADMIN&amp;page=3"');
  });

  test("Indonesian: id-ID numbers (1.234) and no English", async () => {
    expect(await render("id", createElement(PageRange, window))).toContain(
      "Menampilkan 21–40 dari 1.234",
    );
    const nav = await render("id", createElement(Pagination, pages));
    expect(nav).toContain('aria-label="Navigasi halaman"');
    expect(nav).toContain("Halaman sebelumnya");
    expect(nav).toContain("Halaman berikutnya");
    expect(nav).not.toMatch(/Previous|Next page|Pagination/);
  });
});

describe("the filter bar", () => {
  const bar = createElement(FilterBar, {
    action: "/admin/audit",
    label: "Saring",
    placeholder: "Nama",
    submitLabel: "Saring",
    values: { q: "ani", from: "2026-03-31" },
    errors: { to: "Tanggal tidak valid." },
    fields: [{ name: "from", label: "Dari", type: "date" }],
  });

  test("Indonesian built-in words; a date field is text typed day first", async () => {
    const html = await render("id", bar);
    expect(html).toContain("Beberapa saringan tidak diterapkan:");
    expect(html).toContain(">Cari<");
    expect(html).toContain("Hapus saringan");
    expect(html).toContain('placeholder="hh/bb/tttt"');
    expect(html).toContain('value="31/03/2026"');
    expect(html).not.toContain('type="date"');
    expect(html).not.toMatch(/>Search<|>Clear<|were not applied/);
  });

  test("English keeps its words and the dd/mm/yyyy placeholder", async () => {
    const html = await render("en", bar);
    expect(html).toContain("Some filters were not applied:");
    expect(html).toContain(">Clear<");
    expect(html).toContain('placeholder="dd/mm/yyyy"');
  });
});

describe("filter dates", () => {
  test.each([
    ["31/03/2026", "2026-03-31"],
    ["1.2.2026", "2026-02-01"],
    ["2026-03-31", "2026-03-31"],
    [" 05-11-2025 ", "2025-11-05"],
    ["31/02/2026", undefined],
    ["03/31/2026", undefined],
    ["tomorrow", undefined],
  ])("%s reads as %s", (text, iso) => {
    expect(parseFilterDate(text)).toBe(iso);
  });

  test("shown day first; what is not a date stays as typed", async () => {
    expect(showFilterDate("2026-01-09")).toBe("09/01/2026");
    expect(showFilterDate("9/1/2026")).toBe("09/01/2026");
    expect(showFilterDate("soon")).toBe("soon");
    expect(showFilterDate(undefined)).toBeUndefined();
  });
});

describe("the bulk review confirmation", () => {
  const confirm = {
    action: "approve" as const,
    ids: "a,b,c",
    selected: 3,
    reviewable: 2,
    points: 1500,
    sharedEducator: true,
  };

  test("Indonesian: counts without plurals, id-ID numbers, no English", async () => {
    const html = await render("id", createElement(BulkConfirmation, { confirm }));
    expect(html).toContain("Setujui 3 kiriman dengan total 1.500 poin?");
    expect(html).toContain("1 kiriman tidak dapat lagi Anda setujui, jadi akan dilewati.");
    expect(html).toContain("Ya, setujui");
    expect(html).toContain(">Batal<");
    expect(html).not.toMatch(/Approve|submission|Cancel/);
  });

  test("English: plurals as before", async () => {
    const html = await render("en", createElement(BulkConfirmation, { confirm }));
    expect(html).toContain("Approve 3 submissions for 1,500 points?");
    expect(html).toContain("1 submission can no longer be approved by you and will be refused.");
  });
});

describe("the console's client messages", () => {
  test("the review and user forms' words, and the site's client namespaces, nothing else", async () => {
    const messages = adminClientMessages(catalogues.id);
    expect(Object.keys(messages).sort()).toEqual([...CLIENT_NAMESPACES, "review", "users"].sort());
    expect(Object.keys(messages.review)).toEqual(["forms"]);
    expect(Object.keys(messages.users)).toEqual(["forms"]);
    expect(messages.review.forms.approve).toBe("Setujui");
  });
});
