import "server-only";
import { z } from "zod";
import { errorKey } from "@/server/messages/error-text";
import { privileged } from "../../db/privileged";
import { toUserDto, type UserDto } from "../../users/user-dto";
import { useAccountToken } from "../tokens/use-account-token";
import { markEmailVerified } from "./mark-email-verified";

export const tokenField = z
  .string()
  .trim()
  .min(1, errorKey("errors.validation.linkNoToken"))
  .max(200, errorKey("errors.validation.linkInvalid"));

export const verifyEmailInput = z.object({ token: tokenField });

/**
 * Spends a verification link (single use, 48 h, bound to the email it was sent to) and
 * verifies the email, with everything that follows in the same transaction: ADMIN_EMAILS
 * elevation and waiting Kajabi credit (markEmailVerified). Anyone holding the link may
 * use it, signed in or not: the link is the proof. Local accounts only.
 */
export async function verifyEmail(token: string): Promise<UserDto> {
  return privileged({ system: "verify-email" }, async (tx) => {
    const user = await useAccountToken(tx, token, "verify-email");
    return toUserDto(await markEmailVerified(tx, user));
  });
}
