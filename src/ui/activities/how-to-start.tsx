import Link from "next/link";
import { primaryButtonClass, secondaryButtonClass } from "@/ui/forms/button-styles";

const steps = [
  {
    title: "Create your account",
    body: "Join with your email address; your public profile and leaderboard entry use the name you choose.",
  },
  {
    title: "Take the Learn courses",
    body: "Course completions reach your account automatically, or upload your certificate.",
  },
  {
    title: "Submit evidence from your dashboard",
    body: "Describe what you did for Explore, Amplify, Present or Shine and attach proof.",
  },
  {
    title: "Get reviewed and climb",
    body: "A reviewer approves your submission; points, badges and your leaderboard rank update.",
  },
] as const;

/** Four numbered steps from visitor to leaderboard, ending in the same calls to action. */
export function HowToStart() {
  return (
    <section
      aria-labelledby="how-to-start-heading"
      className="border-t border-slate-200 bg-slate-50"
    >
      <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
        <h2 id="how-to-start-heading" className="text-2xl font-bold tracking-tight text-slate-900">
          How to start
        </h2>
        <ol className="mt-8 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
          {steps.map((step, index) => (
            <li key={step.title} className="flex gap-4">
              <span
                aria-hidden="true"
                className="grid size-8 shrink-0 place-items-center rounded-full bg-brand-700 text-sm font-bold text-white"
              >
                {index + 1}
              </span>
              <div>
                <h3 className="font-semibold text-slate-900">{step.title}</h3>
                <p className="mt-1 text-sm leading-6 text-slate-600">{step.body}</p>
              </div>
            </li>
          ))}
        </ol>
        <div className="mt-10 flex flex-col gap-3 sm:flex-row">
          <Link href="/dashboard" className={`${primaryButtonClass} viewer-member`}>
            Go to your dashboard
          </Link>
          <Link href="/sign-up" className={`${primaryButtonClass} viewer-anonymous`}>
            Create your account
          </Link>
          <Link href="/leaderboard" className={secondaryButtonClass}>
            Browse the leaderboard
          </Link>
        </div>
      </div>
    </section>
  );
}
