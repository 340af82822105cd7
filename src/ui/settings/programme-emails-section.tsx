import { getTranslations } from "next-intl/server";
import { getProgrammeEmails } from "@/server/mail/get-programme-emails";
import type { UserRow } from "@/server/users/user-dto";
import { PageSection } from "@/ui/common/page-section";
import { ProgrammeEmailsForm } from "./programme-emails-form";

/** Settings: programme notifications on or off (docs/product.md §13). */
export async function ProgrammeEmailsSection({ user }: { user: UserRow }) {
  const on = await getProgrammeEmails(user);
  const t = await getTranslations("settings.programmeEmails");
  return (
    <PageSection id="programme-emails" title={t("title")} className="mt-12">
      <p className="mt-2 text-slate-600">{t("intro")}</p>
      <ProgrammeEmailsForm
        on={on}
        text={{ label: t("label"), save: t("save"), saving: t("saving") }}
      />
    </PageSection>
  );
}
