import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { getCachedHomeStories } from "@/server/stories/cached-home-stories";
import { activityName } from "@/ui/activities/activity-name";
import { formatDate } from "@/ui/format/format-date";

/**
 * Recent approved PUBLIC Explore reflections and Present posts, each with its author
 * linking to their profile (docs/product.md §8). People who left the public pages never
 * appear: the query runs as a visitor under row level security.
 */
export async function HomeStories() {
  const [format, t, stories] = await Promise.all([
    getFormatter(),
    getTranslations("stories"),
    getCachedHomeStories(),
  ]);
  if (stories.length === 0) {
    return (
      <p className="rounded-xl border border-dashed border-slate-300 px-6 py-8 text-center text-slate-600">
        {t("empty")}
      </p>
    );
  }
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {stories.map((story) => (
        <li key={story.id}>
          <article className="flex h-full flex-col rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
            <p className="text-sm font-semibold text-brand-800">{activityName(story.activity)}</p>
            <p className="mt-2 flex-1 text-slate-800 wrap-anywhere whitespace-pre-line">
              {story.excerpt}
            </p>
            {story.link ? (
              <p className="mt-3 text-sm">
                <a
                  href={story.link}
                  rel="noopener noreferrer nofollow"
                  className="font-medium text-brand-700 underline hover:text-brand-900"
                >
                  {t("readOnLinkedIn")}
                </a>
              </p>
            ) : null}
            <footer className="mt-4 border-t border-slate-100 pt-3 text-sm text-slate-600">
              <Link
                href={`/u/${story.author.handle}`}
                className="font-semibold text-brand-700 underline-offset-2 hover:text-brand-900 hover:underline"
              >
                {story.author.name}
              </Link>
              {story.author.school ? <span> · {story.author.school}</span> : null}
              <span className="block">
                <time dateTime={story.approvedAt}>{formatDate(format, story.approvedAt)}</time>
              </span>
            </footer>
          </article>
        </li>
      ))}
    </ul>
  );
}
