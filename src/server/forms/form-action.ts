import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { requireRole } from "../auth/guards";
import type { Role } from "../db/schema";
import type { UserRow } from "../users/user-dto";
import { formErrorState, type FieldOfPath } from "@/server/forms/form-error-state";
import type { FormState } from "@/server/forms/form-state";
import { changedInput } from "./changed-input";
import { formLocale } from "./form-locale";
import { originalValues } from "./original-values";

type Values = Record<string, string>;

/** What `run` gets besides the parsed input: the caller (when a role is required) and the form. */
export interface FormActionContext<R extends Role | null, V extends Values = Values, I = unknown> {
  user: R extends Role ? UserRow : null;
  formData: FormData;
  /** What `values` read (empty when the action echoes nothing back). */
  values: V;
  /**
   * With `onlyChanged`: the values the form was rendered with, parsed, for the fields the
   * person changed (undefined when the form carried none or they do not parse).
   */
  original?: I;
}

export interface FormActionOptions<
  S extends FormState,
  R extends Role | null,
  I,
  B extends unknown[],
  V extends Values,
> {
  /** The lowest role allowed (PARTICIPANT: anyone signed in); null when no sign-in is needed. */
  role: R;
  /** The submitted text, echoed back on failure so the form keeps it (never a password). */
  values?: (formData: FormData, bound: B) => V;
  /**
   * The form as the schema's raw input. It runs before the role check and may throw
   * (e.g. `invalidFields`) for what the schema cannot phrase, such as a number that
   * is not one.
   */
  input?: (values: V, formData: FormData, bound: B) => unknown;
  schema?: z.ZodType<I>;
  /** Maps an error's path to the form field it belongs to (default: its first segment). */
  fieldOf?: FieldOfPath;
  /**
   * The form carries the values it was rendered with (ActionForm's `saved`): only the
   * fields whose submitted value differs reach the schema, and `run` gets those fields'
   * rendered values as `original`, so a stale form neither writes back what it left alone
   * nor silently overwrites what someone else changed since.
   */
  onlyChanged?: boolean;
  /** A field the form does not show (the ticked rows): its error becomes the banner. */
  bannerField?: string;
  /** The one domain call, and the success state (or a redirect, which is passed through). */
  run: (input: I, context: FormActionContext<R, V, I>, bound: B) => Promise<S>;
}

/**
 * A server action for a form used with useActionState: reads the form, checks the
 * role, parses with the schema, calls `run`, and turns every failure into form state
 * (zod issues and AppError details → field errors, AppError message → banner; anything
 * else is logged and shown as a generic message), worded in the page's language.
 * Arguments bound by the page (an id) come first; `values`, `input` and `run` get them as
 * a tuple in their last parameter (annotate it where it is used: `[id]: [string]`).
 * Annotate `run`'s return type with the form's state type.
 */
export function formAction<
  S extends FormState = FormState,
  R extends Role | null = null,
  I = undefined,
  B extends unknown[] = [],
  V extends Values = Values,
>(options: FormActionOptions<S, R, I, B, V>): (...args: [...B, S, FormData]) => Promise<S> {
  return async (...args) => {
    const bound = args.slice(0, -2) as B;
    const formData = args.at(-1) as FormData;
    let values: V | undefined;
    try {
      values = options.values?.(formData, bound);
      const read = values ?? ({} as V);
      const toInput = (from: V) => (options.input ? options.input(from, formData, bound) : from);
      const { changed: raw, original } = options.onlyChanged
        ? changedInput(toInput(read), renderedInput(formData, toInput))
        : { changed: toInput(read), original: undefined };
      const user = options.role === null ? null : await requireRole(options.role);
      const input = (options.schema ? options.schema.parse(raw) : undefined) as I;
      const context = {
        user,
        formData,
        values: read,
        original: original && options.schema?.safeParse(original).data,
      } as FormActionContext<R, V, I>;
      return await options.run(input, context, bound);
    } catch (error) {
      // redirect() and notFound() work by throwing: they are not failures.
      unstable_rethrow(error);
      const state = formErrorState(error, values, options.fieldOf, await formLocale());
      const banner = options.bannerField && state.fieldErrors?.[options.bannerField];
      // Failure states carry only FormState's fields, which every state type has.
      return (banner ? { ...state, message: banner } : state) as S;
    }
  };
}

/** The rendered values as input, or undefined when the form carried none or they do not convert. */
function renderedInput<V extends Values>(formData: FormData, toInput: (values: V) => unknown) {
  const rendered = originalValues(formData);
  if (Object.keys(rendered).length === 0) return undefined;
  try {
    return toInput(rendered as V);
  } catch {
    return undefined;
  }
}
