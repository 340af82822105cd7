import { getProgrammeEmails } from "@/server/mail/get-programme-emails";
import type { UserRow } from "@/server/users/user-dto";
import { PageSection } from "@/ui/common/page-section";
import { ProgrammeEmailsForm } from "./programme-emails-form";

/** Settings: programme notifications on or off (docs/product.md §13). */
export async function ProgrammeEmailsSection({ user }: { user: UserRow }) {
  const on = await getProgrammeEmails(user);
  return (
    <PageSection id="programme-emails" title="Programme emails" className="mt-12">
      <p className="mt-2 text-slate-600">
        Account emails, such as verifying your address or resetting your password, always come.
      </p>
      <ProgrammeEmailsForm on={on} />
    </PageSection>
  );
}
