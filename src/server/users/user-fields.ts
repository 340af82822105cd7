import { z } from "zod";
import { errorKey } from "@/server/messages/error-text";

/** Field rules shared by sign-up, profile and admin forms and their APIs (docs/product.md §2). */
export const HANDLE_PATTERN = /^[a-z0-9_-]{3,30}$/;

export const handleField = z
  .string()
  .trim()
  .toLowerCase()
  .regex(HANDLE_PATTERN, errorKey("errors.validation.handle"));

export const nameField = z.string().trim().min(1, errorKey("errors.validation.enterName")).max(100);

export const emailField = z.string().trim().toLowerCase().max(254).pipe(z.email());

export const passwordField = z.string().min(10).max(200);

/** Optional free text: blank becomes null (clears the field). */
export const optionalTextField = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((value) => (value ? value : null));

export const avatarUrlField = z
  .string()
  .trim()
  .max(2000)
  .nullable()
  .transform((value) => (value ? value : null))
  .refine(
    (value) => value === null || isHttpsUrl(value),
    errorKey("errors.validation.httpsAddress"),
  );

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}
