import { useFormatter } from "next-intl";
import { ChartLegend } from "./chart-legend";
import type { ChartSeries } from "./chart-series";

const ROW_HEIGHT = 52;
const BAR_HEIGHT = 20;
/** Bars stop short of the full width so the total printed after the longest one fits. */
const BAR_SPAN = 75;

/**
 * Horizontal bars, stacked when there are several series: one row per category with
 * its label above the bar and the total after it. Widths are percentages and heights
 * pixels, so the SVG fills any width while its text stays at reading size.
 */
export function ChartHorizontalBars({
  id,
  title,
  description,
  series,
  rows,
}: {
  id: string;
  title: string;
  description: string;
  series: ChartSeries[];
  rows: { label: string; values: Record<string, number> }[];
}) {
  const format = useFormatter();
  const totals = rows.map((row) =>
    series.reduce((sum, item) => sum + (row.values[item.key] ?? 0), 0),
  );
  const max = Math.max(1, ...totals);
  return (
    <div className="flex flex-col gap-3">
      {series.length > 1 ? <ChartLegend series={series} /> : null}
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        width="100%"
        height={rows.length * ROW_HEIGHT}
        className="overflow-visible"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {rows.map((row, index) => {
          const top = index * ROW_HEIGHT;
          let offset = 0;
          return (
            <g key={row.label}>
              <text x="0" y={top + 15} className="fill-slate-800 text-sm font-medium">
                {row.label}
              </text>
              <rect
                x="0"
                y={top + 22}
                width="100%"
                height={BAR_HEIGHT}
                className="fill-slate-100"
                rx="3"
              />
              {series.map((item) => {
                const value = row.values[item.key] ?? 0;
                if (value === 0) return null;
                const width = (value / max) * BAR_SPAN;
                const x = offset;
                offset += width;
                return (
                  <rect
                    key={item.key}
                    x={`${x}%`}
                    y={top + 22}
                    width={`${width}%`}
                    height={BAR_HEIGHT}
                    className={`${item.fillClass} stroke-white`}
                    strokeWidth="1.5"
                  />
                );
              })}
              <text
                x={`${offset}%`}
                dx="6"
                y={top + 37}
                className="fill-slate-900 text-sm font-semibold tabular-nums"
              >
                {format.number(totals[index] ?? 0)}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
