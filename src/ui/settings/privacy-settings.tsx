import { getTranslations } from "next-intl/server";
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
  const [t, tDeletion] = await Promise.all([
    getTranslations("settings.privacy"),
    getTranslations("settings.deletion"),
  ]);
  return (
    <>
      <section aria-labelledby="privacy-heading" className="mt-12 border-t border-slate-200 pt-8">
        <h2 id="privacy-heading" className="text-xl font-bold text-slate-900">
          {t("title")}
        </h2>
        <PublicProfileForm
          action={actions.savePublicProfile}
          publicProfile={publicProfile}
          text={{
            label: t("publicLabel"),
            hint: t("publicHint"),
            save: t("save"),
            saving: t("saving"),
          }}
        />
        <h3 className="mt-8 font-semibold text-slate-900">{t("dataTitle")}</h3>
        <p className="mt-1 text-sm text-slate-600">{t("dataIntro")}</p>
        <a href="/api/me/export" download className={`${secondaryButtonClass} mt-3`}>
          {t("download")}
        </a>
      </section>
      <section
        aria-labelledby="danger-heading"
        className="mt-12 rounded-xl border border-red-300 bg-red-50 p-5"
      >
        <h2 id="danger-heading" className="text-xl font-bold text-red-900">
          {tDeletion("title")}
        </h2>
        <p className="mt-2 text-sm text-slate-800">
          {tDeletion("body")}
          {local ? null : " "}
          {local ? null : tDeletion("bodyByMail")}
        </p>
        <DeleteAccountForm
          action={actions.deleteAccount}
          withPassword={local}
          text={{
            password: tDeletion("password"),
            submit: local ? tDeletion("delete") : tDeletion("mailLink"),
            pending: tDeletion("deleting"),
          }}
        />
      </section>
    </>
  );
}
