import type { FormState } from "@/server/forms/form-state";

/**
 * The form's outcome above its fields. The status region stays in the page so a success
 * message is announced when it appears; an error is an alert (announced at once) and is
 * focusable, so the form can move focus to it when no single field is to blame.
 */
export function FormBanner({ state }: { state: FormState }) {
  const success = state.status === "success" ? state.message : undefined;
  const error = state.status === "error" ? state.message : undefined;
  return (
    <>
      <div role="status">
        {success ? (
          <p className="mb-5 rounded-lg border border-brand-300 bg-brand-50 px-4 py-3 text-sm font-medium text-brand-900">
            {success}
          </p>
        ) : null}
      </div>
      {error ? (
        <p
          role="alert"
          tabIndex={-1}
          className="mb-5 rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-sm font-medium text-red-900"
        >
          {error}
        </p>
      ) : null}
    </>
  );
}
