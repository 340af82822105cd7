/** The export forms and links build download URLs the export endpoint accepts, in both languages. */
import { createElement } from "react";
import { describe, expect, test } from "vitest";
import { exportFilters } from "../../src/server/exports/export-filters";
import { ExportCsvLink } from "../../src/ui/admin/export-csv-link";
import { ExportForm } from "../../src/ui/admin/export-form";
import { renderInLocale as render } from "../helpers/intl";

const pointsForm = createElement(ExportForm, {
  kind: "points",
  fields: [
    { name: "from", label: "From", type: "date" },
    {
      name: "activity",
      label: "Activity",
      anyLabel: "All",
      options: [{ value: "LEARN", label: "LEARN" }],
    },
  ],
});

describe("export forms", () => {
  test("a GET form to the CSV endpoint with one named control per filter", () => {
    const html = render(pointsForm);
    expect(html).toContain('method="get"');
    expect(html).toContain('action="/api/admin/exports/points.csv"');
    const from = html.match(/<input[^>]*name="from"[^>]*>/)?.[0] ?? "";
    expect(from).toContain('placeholder="dd/mm/yyyy"');
    expect(from).toMatch(/pattern="[^"]+"/);
    expect(from).not.toContain('type="date"');
    expect(html).toMatch(/<select[^>]*name="activity"/);
    expect(html).toContain('aria-label="Export points ledger"');
    expect(html).toContain(">Export CSV</button>");
  });

  test("the form speaks Bahasa Indonesia, days in the same dd/mm/yyyy order", () => {
    const html = render(pointsForm, "id");
    expect(html).toContain('placeholder="hh/bb/tttt"');
    expect(html).toContain('aria-label="Ekspor buku poin"');
    expect(html).toContain(">Ekspor CSV</button>");
    expect(html).not.toContain("Export");
  });

  test("a form submitted with blank fields asks for everything", () => {
    const blank = { from: "", to: "", cohort: "", activity: "", status: "", role: "", q: "" };
    expect(exportFilters.parse(blank)).toEqual({ period: "all" });
  });

  test("days typed dd/mm/yyyy are read as ISO; an impossible day is refused", () => {
    expect(exportFilters.parse({ from: "5/1/2026", to: "29/03/2026" })).toMatchObject({
      from: "2026-01-05",
      to: "2026-03-29",
    });
    expect(exportFilters.parse({ from: "2026-01-05" })).toMatchObject({ from: "2026-01-05" });
    expect(exportFilters.safeParse({ from: "31/02/2026" }).success).toBe(false);
    expect(exportFilters.safeParse({ from: "29/03/2026", to: "05/01/2026" }).success).toBe(false);
  });

  test("a list's Export CSV link carries the filters in force and leaves out the empty ones", () => {
    const html = render(
      createElement(ExportCsvLink, {
        kind: "users",
        filters: { q: "Bu Ratna & co", role: "ADMIN", cohort: undefined },
      }),
    );
    expect(html).toContain('href="/api/admin/exports/users.csv?q=Bu+Ratna+%26+co&amp;role=ADMIN"');
    expect(render(createElement(ExportCsvLink, { kind: "submissions", filters: {} }))).toContain(
      'href="/api/admin/exports/submissions.csv"',
    );
    expect(
      render(createElement(ExportCsvLink, { kind: "submissions", filters: {} }), "id"),
    ).toContain(">Ekspor CSV</a>");
  });
});
