import { z } from "zod";

/** Field rules shared by sign-up, profile and admin forms and their APIs (docs/product.md §2). */
export const HANDLE_PATTERN = /^[a-z0-9_-]{3,30}$/;

export const handleField = z
  .string()
  .trim()
  .toLowerCase()
  .regex(HANDLE_PATTERN, "Use 3–30 lower-case letters, digits, - or _.");

export const nameField = z
  .string()
  .trim()
  .min(1, "Enter your name.")
  .max(100, "Use at most 100 characters.");

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Use at most 254 characters.")
  .pipe(z.email("Enter a valid email address."));

export const passwordField = z
  .string()
  .min(10, "Use at least 10 characters.")
  .max(200, "Use at most 200 characters.");

/** Optional free text: blank becomes null (clears the field). */
export const optionalTextField = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .nullable()
    .transform((value) => (value ? value : null));

export const avatarUrlField = z
  .string()
  .trim()
  .max(2000, "Use at most 2000 characters.")
  .nullable()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || isHttpsUrl(value), "Use an https:// address.");

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}
