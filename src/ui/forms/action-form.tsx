"use client";

import { useActionState, useRef, type ReactNode } from "react";
import { FormBanner } from "./form-banner";
import { initialFormState, type FormState } from "@/server/forms/form-state";
import { ORIGINAL_PREFIX } from "@/server/forms/original-values";
import { useFocusOnError } from "./use-focus-on-error";

type FormAction<State extends FormState> = (previous: State, formData: FormData) => Promise<State>;

/**
 * A server action bound to a form: its state, the form's ref (focus moves to the first
 * error after a failed submit), the fields' values (what was typed, kept across React's
 * reset of the form, over what is `saved`) and the error of each field. `fieldsKey`
 * changes whenever those values do: fields keyed by it remount, because React applies a
 * select's default only when it mounts, and the form's reset would otherwise bring back
 * the value the page first loaded with.
 */
export function useActionForm<State extends FormState>(
  serverAction: FormAction<State>,
  saved: Record<string, string> = {},
) {
  const [state, action] = useActionState(serverAction, initialFormState as Awaited<State>);
  const ref = useRef<HTMLFormElement>(null);
  useFocusOnError(state, ref);
  const values: Record<string, string> = { ...saved, ...state.values };
  return {
    state,
    action,
    ref,
    values,
    errors: state.fieldErrors ?? {},
    fieldsKey: JSON.stringify(values),
  };
}

/**
 * What an edit form was rendered with, sent back beside its fields: the server writes
 * only the fields whose value differs (formAction's `onlyChanged`).
 */
export function SavedValues({ saved }: { saved: Record<string, string> }) {
  return Object.entries(saved).map(([name, value]) => (
    <input key={name} type="hidden" name={`${ORIGINAL_PREFIX}${name}`} value={value} />
  ));
}

/** What the fields of an ActionForm see: the outcome, what was typed, each field's error. */
export type ActionFormFields<State extends FormState> = Pick<
  ReturnType<typeof useActionForm<State>>,
  "state" | "values" | "errors"
>;

/**
 * The usual form around a server action: the outcome banner above its fields, stacked.
 * `banner` may reword the outcome (e.g. add the badges a change awarded). An edit form
 * passes what is `saved`: its fields start from it, show it again after a save, and
 * send it back so the server writes only what was changed.
 */
export function ActionForm<State extends FormState>({
  action,
  className,
  banner = (state) => state,
  saved,
  children,
}: {
  action: FormAction<State>;
  className?: string;
  banner?: (state: State) => FormState;
  saved?: Record<string, string>;
  children: (form: ActionFormFields<State>) => ReactNode;
}) {
  const {
    ref,
    action: formAction,
    state,
    values,
    errors,
    fieldsKey,
  } = useActionForm(action, saved);
  return (
    <form ref={ref} action={formAction} noValidate className={className}>
      <FormBanner state={banner(state)} />
      <div key={fieldsKey} className="flex flex-col gap-5">
        {saved ? <SavedValues saved={saved} /> : null}
        {children({ state, values, errors })}
      </div>
    </form>
  );
}
