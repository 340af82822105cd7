/** The export forms and links build download URLs the export endpoint accepts. */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { exportFilters } from "../../src/server/exports/export-filters";
import { ExportCsvLink } from "../../src/ui/admin/export-csv-link";
import { ExportForm } from "../../src/ui/admin/export-form";

describe("export forms", () => {
  test("a GET form to the CSV endpoint with one named control per filter", () => {
    const html = renderToStaticMarkup(
      createElement(ExportForm, {
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
      }),
    );
    expect(html).toContain('method="get"');
    expect(html).toContain('action="/api/admin/exports/points.csv"');
    expect(html).toMatch(
      /<input[^>]*type="date"[^>]*name="from"|<input[^>]*name="from"[^>]*type="date"/,
    );
    expect(html).toMatch(/<select[^>]*name="activity"/);
  });

  test("a form submitted with blank fields asks for everything", () => {
    const blank = { from: "", to: "", cohort: "", activity: "", status: "", role: "", q: "" };
    expect(exportFilters.parse(blank)).toEqual({ period: "all" });
  });

  test("a list's Export CSV link carries the filters in force and leaves out the empty ones", () => {
    const html = renderToStaticMarkup(
      createElement(ExportCsvLink, {
        kind: "users",
        filters: { q: "Bu Ratna & co", role: "ADMIN", cohort: undefined },
      }),
    );
    expect(html).toContain('href="/api/admin/exports/users.csv?q=Bu+Ratna+%26+co&amp;role=ADMIN"');
    expect(
      renderToStaticMarkup(createElement(ExportCsvLink, { kind: "submissions", filters: {} })),
    ).toContain('href="/api/admin/exports/submissions.csv"');
  });
});
