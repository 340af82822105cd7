import { getEnv } from "@/server/env";
import { readOwnSettings } from "@/server/accounts/read-own-settings";
import type { FormState } from "@/server/forms/form-state";
import type { UserRow } from "@/server/users/user-dto";
import { secondaryButtonClass } from "@/ui/forms/button-styles";
import { DeleteAccountForm } from "./delete-account-form";
import { PublicProfileForm } from "./public-profile-form";

/**
 * Privacy in settings (docs/product.md §8): the public-pages switch, the data download and,
 * set apart, account deletion.
 */
type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** The server actions behind the forms; they live in src/app (the layer above). */
export interface PrivacyActions {
  savePublicProfile: Action;
  deleteAccount: Action;
}

export async function PrivacySettings({
  user,
  actions,
}: {
  user: UserRow;
  actions: PrivacyActions;
}) {
  const publicProfile = (await readOwnSettings(user)).publicProfile;
  const local = getEnv().AUTH_PROVIDER !== "clerk";
  return (
    <>
      <section aria-labelledby="privacy-heading" className="mt-12 border-t border-slate-200 pt-8">
        <h2 id="privacy-heading" className="text-xl font-bold text-slate-900">
          Privacy
        </h2>
        <PublicProfileForm action={actions.savePublicProfile} publicProfile={publicProfile} />
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
        <DeleteAccountForm action={actions.deleteAccount} withPassword={local} />
      </section>
    </>
  );
}
