import "server-only";
import { getTranslations } from "next-intl/server";
import { CRITERIA_KINDS, type CriteriaKind } from "./criteria-kinds";

/** The badge form's words in the reader's language (the form is a client component). */
export type BadgeFormLabels = Awaited<ReturnType<typeof badgeFormLabels>>;

export async function badgeFormLabels(mode: "create" | "edit") {
  const t = await getTranslations("badgesAdmin.form");
  return {
    code: t("code"),
    codeHint: t("codeHint"),
    name: t("name"),
    description: t("description"),
    descriptionHint: t("descriptionHint"),
    iconUrl: t("iconUrl"),
    iconUrlHint: t("iconUrlHint"),
    criteria: t("criteria"),
    earnedWhen: t("earnedWhen"),
    kinds: Object.fromEntries(
      CRITERIA_KINDS.map(({ kind }) => [kind, t(`kinds.${kind}`)]),
    ) as Record<CriteriaKind, string>,
    activity: t("activity"),
    minApprovals: t("minApprovals"),
    minPoints: t("minPoints"),
    peers: t("peers"),
    students: t("students"),
    manualNote: t("manualNote"),
    allActivitiesNote: t("allActivitiesNote"),
    submit: mode === "create" ? t("create") : t("save"),
    pending: mode === "create" ? t("creating") : t("saving"),
  };
}
