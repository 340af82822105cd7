"use client";

import { useEffect, type RefObject } from "react";
import type { FormState } from "@/server/forms/form-state";

/**
 * After a failed submit, focus goes to the first field marked invalid (its error is
 * read with it) or else to the error banner, so keyboard and screen-reader users land
 * where the problem is.
 */
export function useFocusOnError(state: FormState, form: RefObject<HTMLFormElement | null>) {
  useEffect(() => {
    if (state.status !== "error") return;
    const target =
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form.current?.querySelector<HTMLElement>('[role="alert"]');
    target?.focus();
  }, [state, form]);
}
