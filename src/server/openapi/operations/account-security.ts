import type { ApiOperation } from "../api-operation";
import { changePasswordInput } from "../../auth/password/change-password";
import { passwordResetConfirmInput } from "../../auth/password/confirm-password-reset";
import { passwordResetInput } from "../../auth/password/request-password-reset";
import { verifyEmailInput } from "../../auth/verification/verify-email";

/** Email verification and passwords of local accounts (docs/product.md §2). */
export const ACCOUNT_SECURITY_OPERATIONS: ApiOperation[] = [
  {
    method: "post",
    path: "/api/auth/verify-email",
    summary: "Verify the email with the token from the mailed link (single use, 48 h)",
    access: "public",
    body: verifyEmailInput,
    success: {
      status: 200,
      description:
        '{"emailVerified":true,"user":{…}}; 422 with details.reason invalid | used | expired',
    },
  },
  {
    method: "post",
    path: "/api/auth/verify-email/resend",
    summary: "Mail a new verification link (one a minute, five an hour)",
    access: "user",
    success: { status: 202, description: "Queued; 409 when already verified, 429 when too soon" },
  },
  {
    method: "post",
    path: "/api/auth/password-reset",
    summary: "Mail a password-reset link (single use, 1 h) if the email has an account",
    access: "public",
    body: passwordResetInput,
    success: {
      status: 202,
      description: "The same answer, after the same time, for any email; 429 when rate-limited",
    },
  },
  {
    method: "post",
    path: "/api/auth/password-reset/confirm",
    summary: "Set a new password with a reset token; every session of the account ends",
    access: "public",
    body: passwordResetConfirmInput,
    success: { status: 204, description: "Changed; 422 with details.reason for a bad token" },
  },
  {
    method: "post",
    path: "/api/auth/password",
    summary: "Change one's password; other sessions end, this one stays",
    access: "user",
    body: changePasswordInput,
    success: { status: 204, description: "Changed; 400 when the current password is wrong" },
  },
];
