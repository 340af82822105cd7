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

export function ProfileForm({ saved }: { saved: ProfileValues }) {
  return (
    <ActionForm action={saveProfile} saved={saved} className="mt-8">
      {({ values, errors }) => (
        <>
          <NameField defaultValue={values.name} error={errors.name} />
          <HandleField defaultValue={values.handle} error={errors.handle} />
          <SchoolField own defaultValue={values.school} error={errors.school} />
          <AvatarUrlField defaultValue={values.avatarUrl} error={errors.avatarUrl} />
          <div>
            <SubmitButton pendingLabel="Saving…">Save profile</SubmitButton>
          </div>
        </>
      )}
    </ActionForm>
  );
}
