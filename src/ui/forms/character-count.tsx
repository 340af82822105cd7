const en = (n: number) => n.toLocaleString("en");

/**
 * "149 / 5,000 characters · 1 more needed" under a textarea. It counts the trimmed text,
 * because that is what the schema measures (leading and trailing spaces don't count).
 * Screen readers hear only when the verdict changes (too short / enough / too long),
 * not every keystroke; the full count is in the field's description.
 */
export function CharacterCount({
  id,
  value,
  min,
  max,
}: {
  id: string;
  value: string;
  min?: number;
  max?: number;
}) {
  const length = value.trim().length;
  const short = min !== undefined && length < min ? min - length : 0;
  const over = max !== undefined && length > max ? length - max : 0;
  const needed =
    short > 0 ? ` · ${en(short)} more needed` : over > 0 ? ` · ${en(over)} too many` : "";
  const verdict =
    short > 0
      ? `Fewer than ${en(min!)} characters.`
      : over > 0
        ? `More than ${en(max!)} characters.`
        : min !== undefined
          ? `At least ${en(min)} characters: long enough.`
          : "";
  return (
    <>
      <p
        id={id}
        className={`mt-1.5 text-sm ${short > 0 || over > 0 ? "text-slate-700" : "text-slate-600"}`}
      >
        {en(length)}
        {max !== undefined ? ` / ${en(max)}` : ""} characters
        {min !== undefined ? ` (minimum ${en(min)})` : ""}
        {needed}
      </p>
      <p aria-live="polite" className="sr-only">
        {verdict}
      </p>
    </>
  );
}
