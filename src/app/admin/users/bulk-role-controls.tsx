import { ROLES } from "@/server/db/schema";
import { roleLabel } from "@/ui/admin/role-label";
import { secondaryButtonClass } from "@/ui/forms/button-styles";
import { FieldsetPanel } from "@/ui/forms/fieldset-panel";
import { SelectField } from "@/ui/forms/form-field";

/**
 * "Change the role of the selected users": part of the users table's form, its button
 * sends the ticked users and the role (a GET, so it works without JavaScript) to the
 * confirmation page, which says what would change before anything does.
 */
export function BulkRoleControls() {
  return (
    <FieldsetPanel legend="Change the role of the selected users">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="sm:w-72">
          <SelectField
            id="bulk-role"
            name="role"
            label="New role"
            defaultValue=""
            options={[
              { value: "", label: "Choose a role" },
              ...ROLES.map((role) => ({ value: role, label: roleLabel(role) })),
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
          Review role change…
        </button>
      </div>
    </FieldsetPanel>
  );
}
