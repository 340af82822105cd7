/**
 * One data series of a chart. `fillClass` colours its marks and `swatchClass` its legend
 * key; every colour used has at least 3:1 contrast with white (WCAG 1.4.11), and the
 * legend, the chart's description and its data table carry the meaning without colour.
 */
export interface ChartSeries {
  key: string;
  label: string;
  fillClass: string;
  swatchClass: string;
}

/** A tick step of 1, 2 or 5 × 10ⁿ giving about four gridlines up to `max`. */
export function niceTicks(max: number): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((f) => f * magnitude).find((s) => s >= rough) ?? 1);
  const top = Math.ceil(max / step) * step;
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
}
