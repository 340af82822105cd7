import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ACTIVITY_CODES } from "@/server/activities/activity-canon";
import { requirePageRole } from "@/server/auth/page-guards";
import { badgeCriteria } from "@/server/badges/badge-criteria";
import { listBadges } from "@/server/badges/list-badges";
import { activityName } from "@/ui/activities/activity-name";
import { updateBadgeAction } from "../actions";
import { BadgeForm, type BadgeValues } from "../badge-form";
import { badgeFormLabels } from "../badge-form-labels";
import { CriteriaDescription } from "../criteria-description";
import { PageSection } from "@/ui/common/page-section";
import { PageHeader } from "@/ui/common/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("badgesAdmin");
  return { title: t("editMetaTitle") };
}

export default async function EditBadgePage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  await requirePageRole("ADMIN", `/admin/badges/${encodeURIComponent(code)}`);
  const badge = (await listBadges()).find((candidate) => candidate.code === code);
  if (!badge) notFound();
  const [t, formLabels] = await Promise.all([
    getTranslations("badgesAdmin"),
    badgeFormLabels("edit"),
  ]);

  return (
    <>
      <PageHeader
        back={{ href: "/admin/badges", label: t("allBadges") }}
        title={<>{badge.name}</>}
      />
      <p className="mt-1 text-slate-600">
        <code className="font-mono text-sm">{badge.code}</code> ·{" "}
        <CriteriaDescription criteria={badge.criteria} />
      </p>
      <PageSection id="edit" title={t("edit")} className="mt-8 max-w-2xl">
        <BadgeForm
          mode="edit"
          idPrefix="edit-badge"
          action={updateBadgeAction.bind(null, badge.code)}
          labels={formLabels}
          activities={ACTIVITY_CODES.map((code) => ({ value: code, label: activityName(code) }))}
          saved={{
            code: badge.code,
            name: badge.name,
            description: badge.description,
            iconUrl: badge.iconUrl ?? "",
            ...criteriaValues(badge.criteria),
          }}
        />
      </PageSection>
    </>
  );
}

/** The stored criteria as the editor's text inputs. */
function criteriaValues(
  criteria: unknown,
): Omit<BadgeValues, "code" | "name" | "description" | "iconUrl"> {
  const parsed = badgeCriteria.safeParse(criteria);
  const c: Record<string, unknown> = parsed.success ? parsed.data : { kind: "manual" };
  const text = (value: unknown) => (value === undefined ? "" : String(value));
  return {
    criteriaKind: text(c.kind),
    criteriaMin: text(c.min),
    criteriaActivity: text(c.activity),
    criteriaPeers: text(c.peers),
    criteriaStudents: text(c.students),
  };
}
