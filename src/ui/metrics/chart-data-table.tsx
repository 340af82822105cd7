import { useFormatter, useTranslations } from "next-intl";

/**
 * A chart's figures as a table, folded away in a <details> under the chart: the text
 * equivalent for screen readers, and for anyone who wants the exact numbers.
 */
export function ChartDataTable({
  caption,
  rowHeader,
  columns,
  rows,
}: {
  caption: string;
  rowHeader: string;
  columns: string[];
  rows: { label: string; values: number[] }[];
}) {
  const t = useTranslations("metrics");
  const format = useFormatter();
  return (
    <details className="group mt-3 text-sm">
      <summary className="cursor-pointer font-semibold text-brand-700 hover:text-brand-900">
        {t("showTable")}
      </summary>
      {/* Focusable so keyboard users can scroll it sideways on the narrowest screens. */}
      <div className="mt-2 overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
        <table className="w-full text-left">
          <caption className="sr-only">{caption}</caption>
          <thead className="border-b border-slate-300 text-slate-700">
            <tr>
              <th scope="col" className="py-2 pr-4 font-semibold">
                {rowHeader}
              </th>
              {columns.map((column) => (
                <th key={column} scope="col" className="px-2 py-2 text-right font-semibold">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row" className="py-2 pr-4 font-medium text-slate-900">
                  {row.label}
                </th>
                {row.values.map((value, index) => (
                  <td key={columns[index]} className="px-2 py-2 text-right tabular-nums">
                    {format.number(value)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
