"use client";

import { useActionState, useRef } from "react";
import { FormBanner } from "@/ui/forms/form-banner";
import { TextField } from "@/ui/forms/form-field";
import { initialFormState } from "@/server/forms/form-state";
import { SubmitButton } from "@/ui/forms/submit-button";
import { useFocusOnError } from "@/ui/forms/use-focus-on-error";
import { saveProfile } from "./actions";

interface ProfileValues {
  name: string;
  handle: string;
  school: string;
  avatarUrl: string;
}

export function ProfileForm({ saved }: { saved: ProfileValues }) {
  const [state, action] = useActionState(saveProfile, initialFormState);
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(state, form);
  const values = { ...saved, ...state.values };
  const errors = state.fieldErrors ?? {};
  return (
    <form ref={form} action={action} noValidate className="mt-8">
      <FormBanner state={state} />
      <div className="flex flex-col gap-5">
        <TextField
          name="name"
          label="Name"
          autoComplete="name"
          required
          maxLength={100}
          defaultValue={values.name}
          error={errors.name}
        />
        <TextField
          name="handle"
          label="Handle"
          hint="3–30 characters: lower-case letters, digits, - and _."
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          pattern="[a-z0-9_\-]{3,30}"
          defaultValue={values.handle}
          error={errors.handle}
        />
        <TextField
          name="school"
          label="School"
          hint="Optional."
          autoComplete="organization"
          maxLength={200}
          defaultValue={values.school}
          error={errors.school}
        />
        <TextField
          name="avatarUrl"
          label="Avatar URL"
          hint="Optional. An https:// link to a picture of you."
          type="url"
          inputMode="url"
          autoComplete="photo"
          placeholder="https://"
          defaultValue={values.avatarUrl}
          error={errors.avatarUrl}
        />
        <div>
          <SubmitButton pendingLabel="Saving…">Save profile</SubmitButton>
        </div>
      </div>
    </form>
  );
}
