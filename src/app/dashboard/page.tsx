import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/server/auth/page-guards";
import { getDashboard } from "@/server/dashboard/get-dashboard";
import { listOwnSubmissions } from "@/server/submissions/list-own-submissions";
import { ActivityProgress } from "@/ui/dashboard/activity-progress";
import { submitEvidencePath } from "@/ui/activities/activity-slugs";
import { BadgeList } from "@/ui/profile/badge-list";
import { EmptyState } from "@/ui/common/empty-state";
import { NextStepCard } from "@/ui/dashboard/next-step-card";
import { NoticeBanner } from "@/ui/forms/notice-banner";
import { PointsHistory } from "@/ui/dashboard/points-history";
import { DashboardProfileCard } from "@/ui/dashboard/dashboard-profile-card";
import { SubmissionList } from "@/ui/evidence/submission-list";
import { TotalPointsCard } from "@/ui/dashboard/total-points-card";
import { noticeMessage } from "./notice-messages";
import { PageSection } from "@/ui/common/page-section";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("metaTitle") };
}

const SUBMISSIONS_SHOWN = 20;

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser("/dashboard");
  // One after the other: the embedded database has a single connection.
  const dashboard = await getDashboard(user);
  const submissions = await listOwnSubmissions(user, { limit: SUBMISSIONS_SHOWN });
  const next = dashboard.activities.find((activity) => activity.code === dashboard.next);
  const { notice } = await searchParams;
  const t = await getTranslations("dashboard");

  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-12">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">
        {t("greeting", { name: user.name })}
      </h1>
      <p className="mt-2 text-slate-600">{t("intro")}</p>
      <NoticeBanner message={await noticeMessage(notice)} />

      <div className="mt-8 grid gap-4 md:grid-cols-2 lg:grid-cols-3">
        <TotalPointsCard points={dashboard.totalPoints} role={user.role} />
        <NextStepCard
          next={next}
          waiting={dashboard.activities.filter((activity) =>
            dashboard.waitingForReview.includes(activity.code),
          )}
          allDone={dashboard.allDone}
        />
        <DashboardProfileCard user={user} />
      </div>

      <PageSection id="path" title={t("path.title")} className="mt-12">
        <p className="mt-2 max-w-2xl text-slate-600">{t("path.intro")}</p>
        <div className="mt-6">
          <ActivityProgress activities={dashboard.activities} next={dashboard.next} />
        </div>
      </PageSection>

      <PageSection id="badges" title={t("badges.title")} className="mt-12">
        <div className="mt-4">
          <BadgeList badges={dashboard.badges} />
        </div>
      </PageSection>

      <div className="mt-12 grid gap-12 lg:grid-cols-2 lg:gap-8">
        <PageSection id="submissions" title={t("submissions.title")}>
          <div className="mt-4">
            {submissions.items.length === 0 ? (
              <EmptyState>
                {t.rich("submissions.empty", {
                  link: (chunks) => (
                    <Link
                      href={submitEvidencePath(dashboard.next ?? "EXPLORE")}
                      className="font-semibold text-brand-700 underline hover:text-brand-900"
                    >
                      {chunks}
                    </Link>
                  ),
                })}
              </EmptyState>
            ) : (
              <>
                <SubmissionList submissions={submissions.items} />
                {submissions.total > submissions.items.length ? (
                  <p className="mt-2 text-sm text-slate-600">
                    {t("submissions.showing", {
                      shown: submissions.items.length,
                      total: submissions.total,
                    })}
                  </p>
                ) : null}
              </>
            )}
          </div>
        </PageSection>

        <PageSection id="history" title={t("history.title")}>
          <div className="mt-4">
            {dashboard.history.length === 0 ? (
              <EmptyState>{t("history.empty")}</EmptyState>
            ) : (
              <PointsHistory history={dashboard.history} />
            )}
          </div>
        </PageSection>
      </div>
    </div>
  );
}
