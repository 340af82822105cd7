"use client";

import { useState } from "react";
import { SavedValues, useActionForm } from "@/ui/forms/action-form";
import { FormBanner } from "@/ui/forms/form-banner";
import { SelectField, TextField } from "@/ui/forms/form-field";
import type { FormState } from "@/server/forms/form-state";
import { NoteField } from "@/ui/forms/note-field";
import { SubmitButton } from "@/ui/forms/submit-button";
import type { BadgeFormLabels } from "./badge-form-labels";
import { CRITERIA_INPUTS, CRITERIA_KINDS, type CriteriaField } from "./criteria-kinds";

export type BadgeValues = {
  code: string;
  name: string;
  description: string;
  iconUrl: string;
  criteriaKind: string;
  criteriaMin: string;
  criteriaActivity: string;
  criteriaPeers: string;
  criteriaStudents: string;
};

/**
 * Create (mode "create", with a code) or edit a badge. The criteria editor shows only
 * the inputs the chosen kind needs. The page passes the words (badgeFormLabels).
 */
export function BadgeForm({
  mode,
  action: badgeAction,
  saved,
  activities,
  idPrefix,
  labels,
}: {
  mode: "create" | "edit";
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  saved: BadgeValues;
  activities: { value: string; label: string }[];
  idPrefix: string;
  labels: BadgeFormLabels;
}) {
  const { state, action, ref, values, errors, fieldsKey } = useActionForm(badgeAction, saved);
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <form ref={ref} action={action} noValidate className="mt-4">
      <FormBanner state={state} />
      {/* Remounted when its values change, so each field shows them after a save. */}
      <div key={fieldsKey} className="flex flex-col gap-5">
        {mode === "edit" ? <SavedValues saved={shownInputs(saved)} /> : null}
        {mode === "create" ? (
          <TextField
            id={id("code")}
            name="code"
            label={labels.code}
            hint={labels.codeHint}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={40}
            defaultValue={values.code}
            error={errors.code}
          />
        ) : null}
        <TextField
          id={id("name")}
          name="name"
          label={labels.name}
          autoComplete="off"
          maxLength={100}
          defaultValue={values.name}
          error={errors.name}
        />
        <NoteField
          id={id("description")}
          name="description"
          label={labels.description}
          hint={labels.descriptionHint}
          rows={2}
          maxLength={500}
          defaultValue={values.description}
          error={errors.description}
        />
        <TextField
          id={id("icon")}
          name="iconUrl"
          type="url"
          label={labels.iconUrl}
          hint={labels.iconUrlHint}
          autoComplete="off"
          spellCheck={false}
          maxLength={2000}
          defaultValue={values.iconUrl}
          error={errors.iconUrl}
        />
        <CriteriaFields
          idPrefix={idPrefix}
          values={values}
          errors={errors}
          activities={activities}
          labels={labels}
        />
        <div>
          <SubmitButton pendingLabel={labels.pending}>{labels.submit}</SubmitButton>
        </div>
      </div>
    </form>
  );
}

function CriteriaFields({
  idPrefix,
  values,
  errors,
  activities,
  labels,
}: {
  idPrefix: string;
  values: Record<string, string>;
  errors: Record<string, string>;
  activities: { value: string; label: string }[];
  labels: BadgeFormLabels;
}) {
  const [kind, setKind] = useState(values.criteriaKind ?? "");
  const fields: readonly CriteriaField[] =
    CRITERIA_KINDS.find((option) => option.kind === kind)?.fields ?? [];
  const id = (name: string) => `${idPrefix}-${name}`;
  const numberField = (field: "min" | "peers" | "students", label: string, hint?: string) => {
    const input = CRITERIA_INPUTS[field];
    return (
      <TextField
        id={id(input)}
        name={input}
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        label={label}
        hint={hint}
        defaultValue={values[input]}
        error={errors[input]}
      />
    );
  };
  return (
    <fieldset className="rounded-xl border border-slate-200 p-4">
      <legend className="px-1 text-sm font-semibold text-slate-900">{labels.criteria}</legend>
      <div className="flex flex-col gap-4">
        <SelectField
          id={id("criteriaKind")}
          name="criteriaKind"
          label={labels.earnedWhen}
          defaultValue={kind}
          onChange={(event) => setKind(event.target.value)}
          error={errors.criteriaKind}
          options={CRITERIA_KINDS.map(({ kind }) => ({ value: kind, label: labels.kinds[kind] }))}
        />
        {fields.includes("activity") ? (
          <SelectField
            id={id("criteriaActivity")}
            name="criteriaActivity"
            label={labels.activity}
            defaultValue={values.criteriaActivity || activities[0]?.value}
            error={errors.criteriaActivity}
            options={activities}
          />
        ) : null}
        {fields.includes("min")
          ? numberField("min", kind === "approved_count" ? labels.minApprovals : labels.minPoints)
          : null}
        {fields.includes("peers") ? (
          <div className="grid gap-4 sm:grid-cols-2">
            {numberField("peers", labels.peers)}
            {numberField("students", labels.students)}
          </div>
        ) : null}
        {fields.length === 0 ? (
          <p className="text-sm text-slate-600">
            {kind === "manual" ? labels.manualNote : labels.allActivitiesNote}
          </p>
        ) : null}
      </div>
    </fieldset>
  );
}

/** The saved values of the inputs the editor shows for the saved criteria kind. */
function shownInputs(saved: BadgeValues): Record<string, string> {
  const fields: readonly CriteriaField[] =
    CRITERIA_KINDS.find((option) => option.kind === saved.criteriaKind)?.fields ?? [];
  const hidden = Object.entries(CRITERIA_INPUTS)
    .filter(([field]) => !fields.includes(field as CriteriaField))
    .map(([, input]) => input);
  return Object.fromEntries(
    Object.entries(saved).filter(([name]) => name !== "code" && !hidden.includes(name)),
  );
}
