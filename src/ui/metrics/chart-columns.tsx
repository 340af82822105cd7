import { useFormatter } from "next-intl";
import { ChartLegend } from "./chart-legend";
import { niceTicks, type ChartSeries } from "./chart-series";

const HEIGHT = 220;
const PLOT_TOP = 18;
const PLOT_BOTTOM = HEIGHT - 26;

/**
 * Columns over an ordered axis (months), grouped side by side when there are several
 * series, over light gridlines with the scale beside them. x positions are percentages and
 * y positions pixels, so the chart fills any width with text at reading size; on narrow
 * screens every other axis label is hidden so they never collide.
 */
export function ChartColumns({
  id,
  title,
  description,
  series,
  categories,
}: {
  id: string;
  title: string;
  description: string;
  series: ChartSeries[];
  categories: { label: string; shortLabel: string; values: Record<string, number> }[];
}) {
  const format = useFormatter();
  const ticks = niceTicks(
    Math.max(
      0,
      ...categories.flatMap((category) => series.map((s) => category.values[s.key] ?? 0)),
    ),
  );
  const top = ticks[ticks.length - 1] ?? 1;
  const y = (value: number) => PLOT_BOTTOM - (value / top) * (PLOT_BOTTOM - PLOT_TOP);
  const slot = 100 / Math.max(1, categories.length);
  const barWidth = (slot * 0.7) / series.length;

  return (
    <div className="flex flex-col gap-3">
      {series.length > 1 ? <ChartLegend series={series} /> : null}
      <div className="flex gap-2">
        {/* The scale sits beside the plot, in HTML, so its labels never cover a column;
            the SVG's description and the data table carry the figures for assistive tech. */}
        <div aria-hidden="true" className="relative w-14 shrink-0" style={{ height: HEIGHT }}>
          {ticks.map((tick) => (
            <span
              key={tick}
              className="absolute right-0 -translate-y-1/2 text-xs text-slate-600 tabular-nums"
              style={{ top: y(tick) }}
            >
              {format.number(tick)}
            </span>
          ))}
        </div>
        <svg
          role="img"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-desc`}
          width="100%"
          height={HEIGHT}
          className="min-w-0 flex-1 overflow-visible"
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          {ticks.map((tick) => (
            <line
              key={tick}
              x1="0"
              x2="100%"
              y1={y(tick)}
              y2={y(tick)}
              className={tick === 0 ? "stroke-slate-500" : "stroke-slate-200"}
            />
          ))}
          {categories.map((category, index) =>
            series.map((item, seriesIndex) => {
              const value = category.values[item.key] ?? 0;
              if (value === 0) return null;
              return (
                <rect
                  key={`${category.label}-${item.key}`}
                  x={`${index * slot + slot * 0.15 + seriesIndex * barWidth}%`}
                  y={y(value)}
                  width={`${barWidth}%`}
                  height={PLOT_BOTTOM - y(value)}
                  className={item.fillClass}
                />
              );
            }),
          )}
          {categories.map((category, index) => (
            <text
              key={category.label}
              x={`${index * slot + slot / 2}%`}
              y={HEIGHT - 6}
              textAnchor="middle"
              className={`fill-slate-700 text-xs ${index % 2 === 1 ? "max-sm:hidden" : ""}`}
            >
              {category.shortLabel}
            </text>
          ))}
        </svg>
      </div>
    </div>
  );
}
