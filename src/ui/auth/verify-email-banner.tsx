import { getTranslations } from "next-intl/server";
import { getEnv } from "@/server/env";
import { SubmitButton } from "@/ui/forms/submit-button";
import { pageViewer } from "@/ui/layout/page-viewer";
import { PersonalSlot } from "@/ui/layout/personal-slot";
import { personalSlotValues } from "@/server/page-cache/personal-slot-values";

/**
 * Reminds a signed-in local account whose email is not confirmed yet (docs/product.md §2),
 * with a "Resend" button: a plain form around the app's server action, so it works
 * without JavaScript. Visitors and confirmed accounts see nothing: it is always rendered
 * and shown by the viewer marker (CSS), the address a personal slot, so a cached page
 * serves everyone (docs/decisions/028-public-page-cache.md).
 */
export async function VerifyEmailBanner({ resend }: { resend: () => Promise<void> }) {
  if (getEnv().AUTH_PROVIDER !== "local") return null;
  const [slots, t] = await Promise.all([
    pageViewer().then(personalSlotValues),
    getTranslations("auth.banner"),
  ]);
  return (
    <aside
      aria-label={t("label")}
      className="viewer-unverified border-b border-amber-300 bg-amber-50"
    >
      <form
        action={resend}
        className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 text-sm text-amber-950 sm:px-6"
      >
        <p className="min-w-0 flex-1 basis-64">
          {t.rich("message", {
            strong: (chunks) => <strong className="font-semibold">{chunks}</strong>,
            // The address is the visitor's own: a personal slot, filled per visitor.
            address: () => (
              <PersonalSlot name="email" html={slots.email} className="wrap-anywhere" />
            ),
          })}
        </p>
        <SubmitButton
          pendingLabel={t("sending")}
          className="inline-flex items-center justify-center rounded-md border border-amber-800 bg-white px-3 py-2 text-sm font-semibold text-amber-950 hover:bg-amber-100"
        >
          {t("resend")}
        </SubmitButton>
      </form>
    </aside>
  );
}
