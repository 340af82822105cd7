/** A dash for a value nobody has given, read out as "Not set". */
export function NotSet() {
  return (
    <span className="text-slate-600">
      <span aria-hidden="true">—</span>
      <span className="sr-only">Not set</span>
    </span>
  );
}
