/** An activity code as people read it: "EXPLORE" → "Explore". */
export function activityName(code: string): string {
  return code.charAt(0) + code.slice(1).toLowerCase();
}
