import { useTranslations } from "next-intl";
import { ROLES } from "@/server/db/schema";
import { secondaryButtonClass } from "@/ui/forms/button-styles";
import { FieldsetPanel } from "@/ui/forms/fieldset-panel";
import { SelectField } from "@/ui/forms/form-field";

/**
 * "Change the role of the selected users": part of the users table's form, its button
 * sends the ticked users and the role (a GET, so it works without JavaScript) to the
 * confirmation page, which says what would change before anything does.
 */
export function BulkRoleControls() {
  const t = useTranslations("users.forms");
  const common = useTranslations("common");
  return (
    <FieldsetPanel legend={t("roleLegend")}>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="sm:w-72">
          <SelectField
            id="bulk-role"
            name="role"
            label={t("newRole")}
            defaultValue=""
            options={[
              { value: "", label: t("chooseRole") },
              ...ROLES.map((role) => ({ value: role, label: common(`roles.${role}`) })),
            ]}
          />
        </div>
        <button
          type="submit"
          formAction="/admin/users/roles"
          formMethod="get"
          formNoValidate
          className={secondaryButtonClass}
        >
          {t("reviewRoleChange")}
        </button>
      </div>
    </FieldsetPanel>
  );
}
