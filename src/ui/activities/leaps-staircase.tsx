/**
 * Decorative hero art: the five LEAPS letters as rising steps, echoing the programme's
 * progression. Hidden from assistive technology because the heading already says it.
 */
const steps = [
  { letter: "L", height: "h-16" },
  { letter: "E", height: "h-24" },
  { letter: "A", height: "h-32" },
  { letter: "P", height: "h-40" },
  { letter: "S", height: "h-48" },
] as const;

export function LeapsStaircase() {
  return (
    <div aria-hidden="true" className="hidden items-end gap-3 lg:flex">
      {steps.map((step) => (
        <div
          key={step.letter}
          className={`${step.height} flex w-14 items-start justify-center rounded-t-xl bg-brand-700 pt-3 text-2xl font-extrabold text-white shadow-sm`}
        >
          {step.letter}
        </div>
      ))}
    </div>
  );
}
