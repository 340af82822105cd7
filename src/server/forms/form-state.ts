/**
 * What a server action hands back to its form through useActionState. Safe to import
 * from client components: it holds no server code.
 */
export interface FormState {
  status: "idle" | "error" | "success";
  /** The banner's text: what went wrong, or what was done. */
  message?: string;
  /** Field name → the message shown under that field. */
  fieldErrors?: Record<string, string>;
  /**
   * What was submitted (never a password). React resets a form after its action runs,
   * so fields take these as default values to keep what the person typed.
   */
  values?: Record<string, string>;
}

export const initialFormState: FormState = { status: "idle" };
