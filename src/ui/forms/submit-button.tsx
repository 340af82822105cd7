"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { primaryButtonClass } from "./button-styles";

/**
 * A form's submit button that shows the action is running: disabled, with a spinner and
 * a pending label, so a second click can't send the form twice.
 */
export function SubmitButton({
  children,
  pendingLabel,
  className = primaryButtonClass,
}: {
  children: ReactNode;
  pendingLabel: string;
  className?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      className={`${className} gap-2 disabled:cursor-wait disabled:opacity-80`}
    >
      {pending ? (
        <>
          <span
            aria-hidden="true"
            className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent"
          />
          {pendingLabel}
        </>
      ) : (
        children
      )}
    </button>
  );
}
