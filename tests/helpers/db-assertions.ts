import { expect } from "vitest";
import { databaseMessage } from "../../src/server/db/database-error";

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
