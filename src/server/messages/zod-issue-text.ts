import type { z } from "zod";
import { errorText, type ErrorKey, type ErrorText, type FieldProblem } from "./error-text";

type Issue = z.core.$ZodIssue;

/**
 * A schema's own message is a key (errorKey, type-checked where it is written); zod's
 * default messages are English sentences, never "errors.…". No catalogue is read here,
 * so browser code may word a shared schema's issues too.
 */
function isErrorKey(value: string): value is ErrorKey {
  return value.startsWith("errors.");
}

/**
 * What a zod issue says, in no language yet. A schema's own message is a key of the
 * catalogue (errorKey) and gets the issue's bounds as arguments (`{maximum, number}`);
 * any other issue gets the generic message of its code.
 */
export function issueText(issue: Issue): ErrorText {
  const values = issueValues(issue);
  if (isErrorKey(issue.message)) return errorText(issue.message, values);
  return errorText(genericKey(issue), values);
}

/** A ZodError's issues as field problems (`payload.reflection`), `prefix` before each path. */
export function issueProblems(error: z.ZodError, prefix: string[] = []): FieldProblem[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path.map(String)].join("."),
    message: issueText(issue),
  }));
}

function issueValues(issue: Issue): Record<string, string | number> {
  switch (issue.code) {
    case "too_small":
      return { minimum: Number(issue.minimum) };
    case "too_big":
      return { maximum: Number(issue.maximum) };
    case "not_multiple_of":
      return { divisor: Number(issue.divisor) };
    case "invalid_type":
      return { expected: issue.expected };
    case "invalid_value":
      return { options: issue.values.map(String).join(", ") };
    case "unrecognized_keys":
      return { keys: issue.keys.join(", ") };
    case "custom":
      // A refinement's `params` are its message's arguments.
      return { ...issue.params };
    default:
      return {};
  }
}

const SIZED: Record<string, "string" | "array"> = {
  string: "string",
  array: "array",
  set: "array",
};
const FORMATS = new Set(["email", "url", "date", "datetime", "uuid"]);

function genericKey(issue: Issue): ErrorKey {
  switch (issue.code) {
    case "invalid_type":
      // zod keeps no input on the issue; its own message says what was received.
      return /received undefined$/.test(issue.message)
        ? "errors.zod.required"
        : "errors.zod.invalidType";
    case "too_small": {
      const sized = SIZED[issue.origin];
      if (sized) return `errors.zod.tooSmall.${sized}`;
      if (issue.origin === "number" || issue.origin === "int") {
        return issue.inclusive === false
          ? "errors.zod.tooSmall.numberExclusive"
          : "errors.zod.tooSmall.number";
      }
      return "errors.zod.tooSmall.other";
    }
    case "too_big": {
      const sized = SIZED[issue.origin];
      if (sized) return `errors.zod.tooBig.${sized}`;
      if (issue.origin === "number" || issue.origin === "int") {
        return issue.inclusive === false
          ? "errors.zod.tooBig.numberExclusive"
          : "errors.zod.tooBig.number";
      }
      return "errors.zod.tooBig.other";
    }
    case "invalid_format":
      return FORMATS.has(issue.format)
        ? (`errors.zod.format.${issue.format}` as ErrorKey)
        : "errors.zod.format.other";
    case "not_multiple_of":
      return "errors.zod.notMultipleOf";
    case "invalid_value":
      return "errors.zod.invalidValue";
    case "unrecognized_keys":
      return "errors.zod.unrecognizedKeys";
    case "invalid_union":
      return "errors.zod.invalidUnion";
    default:
      return "errors.zod.invalid";
  }
}
