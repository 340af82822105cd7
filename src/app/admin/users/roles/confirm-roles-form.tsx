"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionForm } from "@/ui/forms/action-form";
import { FormBanner } from "@/ui/forms/form-banner";
import { SubmitButton } from "@/ui/forms/submit-button";
import { changeSelectedRoles } from "../actions";

/** "Confirm": sends the previewed users and role to the all-or-nothing change. */
export function ConfirmRolesForm({
  userIds,
  role,
  count,
}: {
  userIds: string[];
  role: string;
  count: number;
}) {
  const t = useTranslations("users.forms");
  const { state, action, ref } = useActionForm(changeSelectedRoles);
  return (
    <form ref={ref} action={action} noValidate className="flex flex-col gap-4">
      <FormBanner state={state} />
      {userIds.map((id) => (
        <input key={id} type="hidden" name="userIds" value={id} />
      ))}
      <input type="hidden" name="role" value={role} />
      {state.status === "success" ? (
        <Link
          href="/admin/users"
          className="font-semibold text-brand-700 underline hover:text-brand-900"
        >
          {t("backToUsers")}
        </Link>
      ) : (
        <div>
          <SubmitButton pendingLabel={t("changing")}>{t("confirmRoles", { count })}</SubmitButton>
        </div>
      )}
    </form>
  );
}
