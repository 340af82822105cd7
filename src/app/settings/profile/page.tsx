import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/server/auth/page-guards";
import { PrivacySettings } from "@/ui/settings/privacy-settings";
import * as privacyActions from "@/app/settings/privacy/actions";
import { BackLink } from "@/ui/common/back-link";
import { NoticeBanner } from "@/ui/forms/notice-banner";
import { ChangePasswordSection } from "@/ui/settings/change-password-section";
import { LanguageSection } from "@/ui/settings/language-section";
import { changeOwnPassword } from "../change-password-action";
import { ProgrammeEmailsSection } from "@/ui/settings/programme-emails-section";
import { noticeMessage } from "@/app/dashboard/notice-messages";
import { ProfileForm } from "./profile-form";

const PATH = "/settings/profile";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings");
  return { title: t("metaTitle") };
}

export default async function ProfileSettingsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser(PATH);
  const t = await getTranslations("settings");
  const { notice } = await searchParams;
  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-10 sm:px-6 sm:py-12">
      <BackLink href="/dashboard">{t("dashboard")}</BackLink>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900">{t("title")}</h1>
      <NoticeBanner message={await noticeMessage(notice)} />
      <p className="mt-2 text-slate-600">{t("intro", { email: user.email })}</p>
      <ProfileForm
        saved={{
          name: user.name,
          handle: user.handle,
          school: user.school ?? "",
          avatarUrl: user.avatar_url ?? "",
        }}
        text={{ save: t("profile.save"), saving: t("profile.saving") }}
      />
      <LanguageSection returnTo={`${PATH}?notice=language`} />
      <ProgrammeEmailsSection user={user} />
      <ChangePasswordSection action={changeOwnPassword} />
      <PrivacySettings user={user} actions={privacyActions} />
    </div>
  );
}
