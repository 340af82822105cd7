import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { appLocale } from "@/i18n/locales";
import { notFound } from "next/navigation";
import { ACTIVITY_CODES } from "@/server/activities/activity-canon";
import { requirePageRole } from "@/server/auth/page-guards";
import { listUserBadges } from "@/server/badges/list-user-badges";
import { listBadges } from "@/server/badges/list-badges";
import { grantableRoles } from "@/server/users/check-role-change";
import type { Role } from "@/server/db/schema";
import { AppError } from "@/server/errors";
import { getUserAsAdmin } from "@/server/users/get-user-as-admin";
import type { UserRow } from "@/server/users/user-dto";
import { activityName } from "@/ui/activities/activity-name";
import { formatDateTime } from "@/ui/format/format-date-time";
import { updateUser } from "../actions";
import { AuditList } from "@/ui/admin/audit-list";
import { PointsAdjustmentForm } from "./points-adjustment-form";
import { UserBadges } from "./user-badges";
import { adjustPoints, awardUserBadge, revokeUserBadge } from "./user-actions";
import { UserEditForm, type RoleChoice } from "./user-edit-form";
import { PageSection } from "@/ui/common/page-section";
import { PageHeader } from "@/ui/common/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users.detail");
  return { title: t("metaTitle") };
}

export default async function AdminUserPage({ params }: { params: Promise<{ id: string }> }) {
  const [format, t, common] = await Promise.all([
    getFormatter(),
    getTranslations("users.detail"),
    getTranslations("common"),
  ]);
  const { id } = await params;
  const actor = await requirePageRole("ADMIN", `/admin/users/${encodeURIComponent(id)}`);
  const found = await getUserAsAdmin(actor, id, appLocale(await getLocale())).catch(
    (error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
      throw error;
    },
  );
  const { user, audit, totalPoints } = found;
  const [catalogue, earned] = await Promise.all([listBadges(), listUserBadges(user.id)]);
  const earnedCodes = new Set(earned.map((badge) => badge.code));
  const badgeNames = Object.fromEntries(catalogue.map((badge) => [badge.code, badge.name]));

  return (
    <>
      <PageHeader back={{ href: "/admin/users", label: t("back") }} title={<>{user.name}</>} />
      <p className="mt-1 break-words text-slate-600">
        @{user.handle} · {user.email}
      </p>

      <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <PageSection id="details" title={t("details")}>
          <dl className="mt-4 grid grid-cols-[auto_minmax(0,1fr)] gap-x-6 gap-y-2 text-sm">
            <Detail term={t("role")} value={common(`roles.${user.role}`)} />
            <Detail term={t("school")} value={user.school} />
            <Detail term={t("cohort")} value={user.cohort} />
            <Detail term={t("kajabiContactId")} value={user.kajabiContactId} />
            <Detail term={t("joined")} value={formatDateTime(format, user.createdAt)} />
            <Detail term={t("userId")} value={user.id} mono />
          </dl>

          <h2 className="mt-10 text-xl font-bold tracking-tight text-slate-900">{t("edit")}</h2>
          <UserEditForm
            action={updateUser.bind(null, user.id)}
            saved={{
              role: user.role,
              cohort: user.cohort ?? "",
              school: user.school ?? "",
              handle: user.handle,
              kajabiContactId: user.kajabiContactId ?? "",
            }}
            roleChoice={roleChoice(actor, user, (role) => common(`roles.${role}`))}
          />
        </PageSection>

        <PageSection id="audit" title={t("recentActivity")}>
          <p className="mt-1 text-sm text-slate-600">{t("recentActivityIntro")}</p>
          <AuditList entries={audit} viewerId={actor.id} />
        </PageSection>
      </div>

      <div className="mt-12 grid grid-cols-1 gap-8 border-t border-slate-200 pt-10 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <PageSection id="adjust" title={t("adjustment")}>
          <p className="mt-1 text-sm text-slate-600">{t("adjustmentIntro")}</p>
          <p className="mt-2 text-sm font-semibold text-slate-900">
            {t("currentTotal", { points: totalPoints })}
          </p>
          <PointsAdjustmentForm
            action={adjustPoints.bind(null, user.id)}
            activities={ACTIVITY_CODES.map((code) => ({ value: code, label: activityName(code) }))}
            badgeNames={badgeNames}
          />
        </PageSection>

        <PageSection id="badges" title={t("badges")}>
          <UserBadges
            earned={earned.map((badge) => ({
              code: badge.code,
              name: badge.name,
              earnedAt: badge.earnedAt,
            }))}
            awardable={catalogue
              .filter((badge) => !earnedCodes.has(badge.code))
              .map((badge) => ({ code: badge.code, name: badge.name }))}
            award={awardUserBadge.bind(null, user.id)}
            revoke={revokeUserBadge.bind(null, user.id)}
          />
        </PageSection>
      </div>
    </>
  );
}

/** Which roles the form offers: exactly what the role rules allow this actor. */
function roleChoice(
  actor: UserRow,
  target: { id: string; role: Role },
  roleName: (role: Role) => string,
): RoleChoice {
  const { roles, lockedBecause } = grantableRoles(actor, target);
  return {
    options: roles.map((role) => ({ value: role, label: roleName(role) })),
    ...(lockedBecause && { disabledReason: lockedBecause }),
  };
}

function Detail({ term, value, mono }: { term: string; value: string | null; mono?: boolean }) {
  const t = useTranslations("common");
  return (
    <>
      <dt className="text-slate-600">{term}</dt>
      <dd
        className={`min-w-0 break-words text-slate-900 ${mono ? "font-mono text-xs leading-5" : ""}`}
      >
        {value ?? <span className="text-slate-600">{t("notSet")}</span>}
      </dd>
    </>
  );
}
