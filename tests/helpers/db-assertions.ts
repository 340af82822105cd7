import { expect } from "vitest";

/** The database's own message, whether or not Drizzle wrapped the error. */
export function databaseMessage(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  while (current instanceof Error) {
    parts.push(current.message);
    current = current.cause;
  }
  return parts.join(" | ");
}

/** Expects the database to refuse: the promise rejects with a message matching pattern. */
export async function expectRefused(promise: Promise<unknown>, pattern: RegExp): Promise<void> {
  let error: unknown;
  try {
    await promise;
  } catch (caught) {
    error = caught;
  }
  expect(error, "expected the database to refuse").toBeDefined();
  expect(databaseMessage(error)).toMatch(pattern);
}

export const RLS_REFUSAL = /row-level security policy/;
export const PERMISSION_DENIED = /permission denied/;
