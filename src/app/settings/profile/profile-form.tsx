"use client";

import { ActionForm } from "@/ui/forms/action-form";
import { AvatarUrlField, HandleField, NameField, SchoolField } from "@/ui/forms/profile-fields";
import { SubmitButton } from "@/ui/forms/submit-button";
import { saveProfile } from "./actions";

type ProfileValues = {
  name: string;
  handle: string;
  school: string;
  avatarUrl: string;
};

/** The profile fields and their save button (its words come translated from the page). */
export function ProfileForm({
  saved,
  text,
}: {
  saved: ProfileValues;
  text: { save: string; saving: string };
}) {
  return (
    <ActionForm action={saveProfile} saved={saved} className="mt-8">
      {({ values, errors }) => (
        <>
          <NameField defaultValue={values.name} error={errors.name} />
          <HandleField defaultValue={values.handle} error={errors.handle} />
          <SchoolField own defaultValue={values.school} error={errors.school} />
          <AvatarUrlField defaultValue={values.avatarUrl} error={errors.avatarUrl} />
          <div>
            <SubmitButton pendingLabel={text.saving}>{text.save}</SubmitButton>
          </div>
        </>
      )}
    </ActionForm>
  );
}
