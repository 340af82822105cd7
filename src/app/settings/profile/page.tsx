import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/server/auth/page-guards";
import { PrivacySettings } from "@/ui/settings/privacy-settings";
import * as privacyActions from "@/app/settings/privacy/actions";
import { ChangePasswordSection } from "@/ui/settings/change-password-section";
import { changeOwnPassword } from "../change-password-action";
import { ProgrammeEmailsSection } from "@/ui/settings/programme-emails-section";
import { ProfileForm } from "./profile-form";

export const metadata: Metadata = { title: "Profile settings" };

export default async function ProfileSettingsPage() {
  const user = await requirePageUser("/settings/profile");
  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-10 sm:px-6 sm:py-12">
      <p className="text-sm">
        <Link
          href="/dashboard"
          className="font-medium text-brand-700 underline hover:text-brand-900"
        >
          Dashboard
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900">Profile settings</h1>
      <p className="mt-2 text-slate-600">
        Your name, handle, school and picture appear on your public profile and the leaderboard.
        Your email ({user.email}) stays private.
      </p>
      <ProfileForm
        saved={{
          name: user.name,
          handle: user.handle,
          school: user.school ?? "",
          avatarUrl: user.avatar_url ?? "",
        }}
      />
      <ProgrammeEmailsSection user={user} />
      <ChangePasswordSection action={changeOwnPassword} />
      <PrivacySettings user={user} actions={privacyActions} />
    </div>
  );
}
