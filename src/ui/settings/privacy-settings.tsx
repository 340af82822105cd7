import { getEnv } from "@/server/env";
import { readPublicProfileSetting } from "@/server/privacy/read-public-profile-setting";
import type { UserRow } from "@/server/users/user-dto";
import { secondaryButtonClass } from "@/ui/forms/button-styles";
import { DeleteAccountForm } from "./delete-account-form";
import { PublicProfileForm } from "./public-profile-form";

/**
 * Privacy in settings (docs/product.md §8): the public-pages switch, the data download and,
 * set apart, account deletion.
 */
export async function PrivacySettings({ user }: { user: UserRow }) {
  const publicProfile = await readPublicProfileSetting(user);
  const local = getEnv().AUTH_PROVIDER !== "clerk";
  return (
    <>
      <section aria-labelledby="privacy-heading" className="mt-12 border-t border-slate-200 pt-8">
        <h2 id="privacy-heading" className="text-xl font-bold text-slate-900">
          Privacy
        </h2>
        <PublicProfileForm publicProfile={publicProfile} />
        <h3 className="mt-8 font-semibold text-slate-900">Your data</h3>
        <p className="mt-1 text-sm text-slate-600">
          One file (JSON) with your profile, settings, evidence, uploads, points, badges and the log
          of changes to your account.
        </p>
        <a href="/api/me/export" download className={`${secondaryButtonClass} mt-3`}>
          Download my data
        </a>
      </section>
      <section
        aria-labelledby="danger-heading"
        className="mt-12 rounded-xl border border-red-300 bg-red-50 p-5"
      >
        <h2 id="danger-heading" className="text-xl font-bold text-red-900">
          Delete your account
        </h2>
        <p className="mt-2 text-sm text-slate-800">
          Your name, email, handle, picture and files are removed and all your evidence becomes
          private. Your points stay in the programme’s totals without your name. This cannot be
          undone.
          {local ? "" : " We email you a link to confirm."}
        </p>
        <DeleteAccountForm withPassword={local} />
      </section>
    </>
  );
}
