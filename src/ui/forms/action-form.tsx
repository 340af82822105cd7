"use client";

import { useActionState, useRef, type ReactNode } from "react";
import { FormBanner } from "./form-banner";
import { initialFormState, type FormState } from "@/server/forms/form-state";
import { useFocusOnError } from "./use-focus-on-error";

type FormAction<State extends FormState> = (previous: State, formData: FormData) => Promise<State>;

/**
 * A server action bound to a form: its state, the form's ref (focus moves to the first
 * error after a failed submit), what was typed (kept across React's reset of the form)
 * and the error of each field.
 */
export function useActionForm<State extends FormState>(serverAction: FormAction<State>) {
  const [state, action] = useActionState(serverAction, initialFormState as Awaited<State>);
  const ref = useRef<HTMLFormElement>(null);
  useFocusOnError(state, ref);
  return {
    state,
    action,
    ref,
    values: state.values ?? {},
    errors: state.fieldErrors ?? {},
  };
}

/** What the fields of an ActionForm see: the outcome, what was typed, each field's error. */
export type ActionFormFields<State extends FormState> = Pick<
  ReturnType<typeof useActionForm<State>>,
  "state" | "values" | "errors"
>;

/**
 * The usual form around a server action: the outcome banner above its fields, stacked.
 * `banner` may reword the outcome (e.g. add the badges a change awarded).
 */
export function ActionForm<State extends FormState>({
  action,
  className,
  banner = (state) => state,
  children,
}: {
  action: FormAction<State>;
  className?: string;
  banner?: (state: State) => FormState;
  children: (form: ActionFormFields<State>) => ReactNode;
}) {
  const { ref, action: formAction, state, values, errors } = useActionForm(action);
  return (
    <form ref={ref} action={formAction} noValidate className={className}>
      <FormBanner state={banner(state)} />
      <div className="flex flex-col gap-5">{children({ state, values, errors })}</div>
    </form>
  );
}
