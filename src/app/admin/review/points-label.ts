/** "1 point", "50 points", "-50 points". */
export function pointsLabel(n: number): string {
  return `${n.toLocaleString("en")} ${Math.abs(n) === 1 ? "point" : "points"}`;
}
