const QUESTIONS: { question: string; answer: string }[] = [
  {
    question: "Who can take part?",
    answer:
      "Educators in the LEAPS programme. Create an account, then submit evidence for any of the five activities: Learn, Explore, Amplify, Present and Shine.",
  },
  {
    question: "How do points work?",
    answer:
      "Each approved piece of evidence adds points to your total. Reviewers check every submission; Learn courses finished on Kajabi are credited automatically.",
  },
  {
    question: "Who sees my evidence?",
    answer:
      "Only you and the reviewers, unless you mark a submission public. Public evidence appears on your profile once it is approved.",
  },
  {
    question: "Can I stay off the public pages?",
    answer:
      "Yes. Turn off “Show me on public pages” in your settings: you leave the leaderboards, search and your profile page, and your points still count.",
  },
  {
    question: "Can I take my data with me or delete my account?",
    answer:
      "Yes. In your settings you can download all your data as a file, or delete your account. Deleting removes your name, email and files.",
  },
];

/** A short FAQ; native disclosure widgets, so it works with the keyboard and without JavaScript. */
export function HomeFaq() {
  return (
    <div className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
      {QUESTIONS.map((item) => (
        <details key={item.question} className="group px-4 py-3">
          <summary className="cursor-pointer list-inside font-semibold text-slate-900 marker:text-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700">
            {item.question}
          </summary>
          <p className="mt-2 text-slate-700">{item.answer}</p>
        </details>
      ))}
    </div>
  );
}
