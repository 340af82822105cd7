import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import {
  ACTIVITY_DESCRIPTION_MAX,
  DEFAULT_POINTS_MAX,
  DEFAULT_POINTS_MIN,
} from "@/server/activities/activity-edit-input";
import {
  AMPLIFY_POINTS_PER_PEER,
  AMPLIFY_POINTS_PER_STUDENT,
} from "@/server/activities/amplify-rules";
import { listActivities } from "@/server/activities/list-activities";
import { LEARN_POINTS_PER_COURSE } from "@/server/activities/points-rules";
import { requirePageRole } from "@/server/auth/page-guards";
import { PageHeader } from "@/ui/common/page-header";
import { updateActivityAction } from "./actions";
import { ActivityForm } from "./activity-form";
import { fixedPointsNote } from "./fixed-points-note";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminActivities");
  return { title: t("metaTitle") };
}

/**
 * The five LEAPS activities' default points and descriptions (docs/product.md §3), for
 * admins. A change applies to credits from now on; ledger rows already written stay.
 */
export default async function AdminActivitiesPage() {
  const admin = await requirePageRole("ADMIN", "/admin/activities");
  const [activities, t] = await Promise.all([
    listActivities(admin),
    getTranslations("adminActivities"),
  ]);
  const fixedNotes = await Promise.all(activities.map(({ code }) => fixedPointsNote(code)));
  /** Each activity's point rule in a few words, from the rule values. */
  const rule = (code: string, points: number): string | null => {
    switch (code) {
      case "LEARN":
        return t("rules.LEARN", { cap: points, perCourse: LEARN_POINTS_PER_COURSE });
      case "EXPLORE":
        return t("rules.EXPLORE", { points });
      case "AMPLIFY":
        return t("rules.AMPLIFY", {
          perPeer: AMPLIFY_POINTS_PER_PEER,
          perStudent: AMPLIFY_POINTS_PER_STUDENT,
        });
      case "PRESENT":
        return t("rules.PRESENT", { points });
      case "SHINE":
        return t("rules.SHINE");
      default:
        return null;
    }
  };
  /** What the points field means for this activity. */
  const pointsHint = (code: string): string => {
    switch (code) {
      case "LEARN":
        return t("hints.LEARN", { perCourse: LEARN_POINTS_PER_COURSE });
      case "EXPLORE":
        return t("hints.EXPLORE");
      case "PRESENT":
        return t("hints.PRESENT");
      default:
        return t("hints.other", { min: DEFAULT_POINTS_MIN, max: DEFAULT_POINTS_MAX });
    }
  };
  const labels = {
    points: t("form.points"),
    description: t("form.description"),
    descriptionHint: t("form.descriptionHint", { max: ACTIVITY_DESCRIPTION_MAX }),
    saving: t("form.saving"),
  };
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <ul className="mt-8 grid gap-6 lg:grid-cols-2">
        {activities.map((activity, index) => {
          const fixed = fixedNotes[index];
          const summary = rule(activity.code, activity.defaultPoints);
          return (
            <li
              key={activity.code}
              className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
            >
              <section aria-labelledby={`activity-${activity.code}-heading`}>
                <h2
                  id={`activity-${activity.code}-heading`}
                  className="text-lg font-bold tracking-tight text-slate-900"
                >
                  {activity.name}{" "}
                  <span className="font-mono text-sm font-normal text-slate-600">
                    {activity.code}
                  </span>
                </h2>
                {summary ? <p className="mt-1 text-sm text-slate-600">{summary}</p> : null}
                <ActivityForm
                  code={activity.code}
                  action={updateActivityAction.bind(null, activity.code)}
                  saved={{
                    defaultPoints: String(activity.defaultPoints),
                    description: activity.description,
                  }}
                  labels={{
                    ...labels,
                    save: t("form.save", { activity: activity.name }),
                  }}
                  pointsHint={fixed ?? pointsHint(activity.code)}
                  pointsLocked={Boolean(fixed)}
                />
              </section>
            </li>
          );
        })}
      </ul>
    </>
  );
}
