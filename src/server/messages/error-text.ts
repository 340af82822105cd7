import type { MessageKeys, NestedKeyOf } from "next-intl";
import type { Messages } from "@/i18n/messages";

type ErrorMessages = Messages["errors"];

// No literal "errors." here: the catalogue check would count it as a use of every key.
type InNamespace<N extends string, K extends string> = `${N}.${K}`;

/**
 * A message of the catalogue's `errors` namespace, written in full ("errors.users.notFound")
 * so the catalogue check finds it and a typo is a type error.
 */
export type ErrorKey = InNamespace<
  "errors",
  MessageKeys<ErrorMessages, NestedKeyOf<ErrorMessages>>
>;

/**
 * The ICU arguments of an error message: `{max, number}`, `{name}`… An argument may be
 * an ErrorText itself (a reason inside a sentence), rendered in the same language.
 */
export type ErrorValues = Record<string, string | number | Date | ErrorText>;

/**
 * What went wrong, said in no language yet: a catalogue key and its arguments. Errors and
 * their details carry these; the HTTP layer and the forms render them in the reader's
 * language (render-error-text.ts), logs and tests in English.
 */
export class ErrorText {
  constructor(
    readonly key: ErrorKey,
    readonly values?: ErrorValues,
  ) {}
}

export function errorText(key: ErrorKey, values?: ErrorValues): ErrorText {
  return new ErrorText(key, values);
}

/**
 * A schema's own message (`z.string().min(1, errorKey("errors.validation.enterName"))`):
 * zod keeps the key as the message, and the issue is rendered from it.
 */
export function errorKey(key: ErrorKey): ErrorKey {
  return key;
}

/** A problem with one field of the input, as API details and form field errors carry it. */
export interface FieldProblem {
  path: string;
  message: ErrorText;
}

export function fieldProblem(path: string, key: ErrorKey, values?: ErrorValues): FieldProblem {
  return { path, message: errorText(key, values) };
}
